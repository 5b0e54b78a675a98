#include "letters/keptlettersview.h"

#include "languagecontroller.h"
#include "letters/keptletters.h"
#include "locale/dateformatter.h" // core

#include <QDateTime>

KeptLetterModel::KeptLetterModel(QObject *parent)
    : RowListModel(parent,
                   {
                       { KeptIdRole, "keptId",
                         [](const KeptLetterRow &row, int) { return QVariant(double(row.id)); } },
                       { LetterDateRole, "letterDate", field<&KeptLetterRow::letterDate> },
                       { KeptOnRole, "keptOn", field<&KeptLetterRow::keptOn> },
                       { TextRole, "letterText", field<&KeptLetterRow::text> },
                   },
                   TextRole)
{ }

KeptLettersView::KeptLettersView(QObject *parent)
    : KeptLettersView(*KeptLetters::published(), *LanguageController::published(), parent)
{ }

KeptLettersView::KeptLettersView(KeptLetters &kept, LanguageController &languages, QObject *parent)
    : QObject(parent)
    , m_kept(&kept)
    , m_languages(&languages)
    , m_letters(new KeptLetterModel(this))
{
    connect(&kept, &KeptLetters::databaseChanged, this, &KeptLettersView::read);
    connect(&languages, &LanguageController::languageChanged, this, &KeptLettersView::read);
    connect(&kept, &KeptLetters::lettersChanged, this, &KeptLettersView::read);
}

void KeptLettersView::setQmlMemberId(double id)
{
    if (qint64(id) == m_memberId)
        return;
    m_memberId = qint64(id);
    Q_EMIT subjectChanged();
    read();
}

void KeptLettersView::setLetterId(const QString &id)
{
    if (id == m_letterId)
        return;
    m_letterId = id;
    Q_EMIT subjectChanged();
    read();
}

void KeptLettersView::read()
{
    const int before = count();
    QList<KeptLetterRow> rows;
    if (!m_letterId.isEmpty()) {
        const samen::locale::DateFormatter &dates = m_languages->dates();
        for (const samen::vault::KeptLetter &letter : m_kept->lettersOf(m_memberId, m_letterId)) {
            const QDate letterDate = QDate::fromString(letter.letterDate, Qt::ISODate);
            const QDate keptOn = QDateTime::fromString(letter.keptAt, Qt::ISODate).toLocalTime().date();
            rows << KeptLetterRow { letter.id,
                                    letterDate.isValid() ? dates.format(letterDate).oneLine() : QString(),
                                    dates.format(keptOn).oneLine(), letter.text };
        }
    }
    m_letters->setRows(rows);
    if (count() != before)
        Q_EMIT countChanged();
}

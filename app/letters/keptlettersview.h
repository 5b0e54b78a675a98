#pragma once

#include "rowlist.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

class KeptLetters;
class LanguageController;

/** One kept letter, for QML: its id, its dates in the user's calendar and the text read from it. */
struct KeptLetterRow
{
    Q_GADGET
    QML_VALUE_TYPE(keptLetterRow)
    Q_PROPERTY(double keptId MEMBER id)
    Q_PROPERTY(QString letterDate MEMBER letterDate)
    Q_PROPERTY(QString keptOn MEMBER keptOn)
    Q_PROPERTY(QString text MEMBER text)

public:
    /** The kept letter's id (image://keptletter/<id> is its photo). */
    qint64 id = 0;
    /** The letter's own date in the user's calendar; empty when not known. */
    QString letterDate;
    /** The day it was kept, in the user's calendar. */
    QString keptOn;
    /** The text Samen read in it (Dutch, as recognised). */
    QString text;

    friend bool operator==(const KeptLetterRow &a, const KeptLetterRow &b)
    {
        return a.id == b.id && a.letterDate == b.letterDate && a.keptOn == b.keptOn && a.text == b.text;
    }
};

/** The kept letters of one letter page, newest first. */
class KeptLetterModel : public SAMEN_ROW_LIST_MODEL(KeptLetterRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by KeptLettersView")

public:
    /** The data of a row. */
    enum Role {
        KeptIdRole = Qt::UserRole,
        LetterDateRole,
        KeptOnRole,
        TextRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit KeptLetterModel(QObject *parent);

    /** Replaces the rows. */
    void setRows(const QList<KeptLetterRow> &rows) { updateRows(rows, &KeptLetterRow::id); }
};

/**
 * The letters kept for one member and one pack letter (a letter's page), read again when a
 * letter is kept or deleted, the member removed, the vault opened or locked, or the language
 * changed.
 */
class KeptLettersView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The family row id of the member; 0 for the letters kept for the whole family. */
    Q_PROPERTY(double memberId READ qmlMemberId WRITE setQmlMemberId NOTIFY subjectChanged)
    /** The pack letter (e.g. "missingItems"). */
    Q_PROPERTY(QString letterId READ letterId WRITE setLetterId NOTIFY subjectChanged)
    /** The kept letters, newest first. */
    Q_PROPERTY(KeptLetterModel *letters READ letters CONSTANT)
    /** How many there are. */
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    /** A view on the published KeptLetters and LanguageController (for QML). */
    explicit KeptLettersView(QObject *parent = nullptr);
    /** A view on @p kept in @p languages' language; both must outlive it. */
    KeptLettersView(KeptLetters &kept, LanguageController &languages, QObject *parent = nullptr);

    [[nodiscard]] double qmlMemberId() const { return double(m_memberId); }
    void setQmlMemberId(double id);
    [[nodiscard]] QString letterId() const { return m_letterId; }
    void setLetterId(const QString &id);
    [[nodiscard]] KeptLetterModel *letters() const { return m_letters; }
    [[nodiscard]] int count() const { return m_letters->rowCount(); }

Q_SIGNALS:
    /** memberId or letterId was set. */
    void subjectChanged();
    /** count. */
    void countChanged();

private:
    void read();

    KeptLetters *m_kept = nullptr;
    LanguageController *m_languages = nullptr;
    KeptLetterModel *m_letters;
    qint64 m_memberId = 0;
    QString m_letterId;
};

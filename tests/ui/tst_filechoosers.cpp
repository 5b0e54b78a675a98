#include "demo/demovault.h"
#include "filedetails.h"
#include "locale/dateformatter.h"
#include "locale/languages.h"
#include "support/documenttestsupport.h"
#include "support/uidriver.h"
#include "support/uitestsession.h"
#include "uiinspector.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"

#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

// Every file chooser of the app, opened and completed in the real window with the real
// services, as the user does it: tap the button, pick in the dialog, tap Open or Save. A missing
// QML module, a dialog that does not open or a crash fails here (as it once did on Debian, where
// FileDialog needs Qt.labs.folderlistmodel).
class TestFileChoosers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<UiTestSession> m_session;
    QQuickWindow *m_window = nullptr;
    std::unique_ptr<UiDriver> m_ui;
    QString m_documents;
    qint64 m_documentId = 0;
    qint64 m_memberId = 0;

    QQuickItem *named(const QString &name) const { return m_ui->named(name); }
    QQuickItem *openChooser() const { return m_ui->openChooser(); }
    void tap(QQuickItem *item) const { m_ui->tap(item); }
    template<typename Predicate> static QQuickItem *findItem(QQuickItem *item, const Predicate &matches)
    {
        return UiDriver::findItem(item, matches);
    }
    static QQuickItem *buttonIn(QQuickItem *chooser, const QString &text)
    {
        return UiDriver::buttonIn(chooser, text);
    }
    void tapNamed(const QString &name) const { m_ui->tapNamed(name); }
    void typeInto(const QString &field, const QString &text) const { m_ui->typeInto(field, text); }
    void complete(const QString &fileName, const QString &saveAs, const QString &action) const
    {
        m_ui->complete(fileName, saveAs, action);
    }

    void show(const QString &page)
    {
        QVERIFY(UiInspector::showPage(m_window, page));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
    }

    /** PRIVACY-3: the "not locked" warning is on screen (not below the fold) before a file is written. */
    void expectNotLockedWarning()
    {
        QQuickItem *warning = named(u"notLockedWarning"_qs);
        if (!warning) // the copies warn in a dialog after the tap on "save"
            warning = named(u"notLockedWarningText"_qs);
        QVERIFY2(warning, "no visible \"not locked\" warning");
        QVERIFY(warning->property("text").toString().contains(u"not locked"_qs));
        const QRectF onScreen = warning->mapRectToScene(warning->boundingRect());
        QVERIFY2(onScreen.top() >= 0 && onScreen.top() < m_window->height(),
                 qPrintable(
                     u"warning at y=%1 in a window %2 high"_qs.arg(onScreen.top()).arg(m_window->height())));
    }

    /** Shows page @p name of the member's first paper. */
    void showPaper(const QString &name)
    {
        QVERIFY(UiInspector::showPage(m_window, name, { { u"documentId"_qs, double(m_documentId) } }));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
    }

    /** The pages of the paper on screen. */
    [[nodiscard]] int shownPageCount() const
    {
        const DocumentPhotos *photos = samen::documents::testsupport::shownPhotos(m_window->contentItem());
        return photos ? photos->attachments()->rowCount() : -1;
    }

    /**
     * A restore over the data in Samen asks first, in red; "Cancel" changes nothing and keeps
     * the password typed; the red button restores.
     */
    void confirmReplacing()
    {
        VaultController &vault = m_session->vault();
        QVERIFY(named(u"replaceWithBackupQuestionText"_qs));
        QVERIFY(named(u"confirmAction"_qs)->property("danger").toBool());
        QVERIFY(!vault.isBusy());
        tapNamed(u"confirmCancel"_qs);
        QTRY_VERIFY(!named(u"confirmAction"_qs));
        QVERIFY(!vault.isBusy());
        QCOMPARE(vault.state(), VaultController::Unlocked);
        QVERIFY(!named(u"restorePassword"_qs)->property("text").toString().isEmpty());
        tapNamed(u"restoreButton"_qs);
        QVERIFY(named(u"replaceWithBackupQuestionText"_qs));
        tapNamed(u"confirmAction"_qs);
    }

    QString inDocuments(const QString &name) const { return QDir(m_documents).filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", QFile::encodeName(m_dir.filePath(u"home"_qs)));
        m_documents = m_dir.filePath(u"home/Documents"_qs);
        QVERIFY(QDir().mkpath(m_documents));
        const QString vaultFolder = m_dir.filePath(u"vault"_qs);
        QString problem;
        QVERIFY2(samen::demo::createDemoVault(vaultFolder, samen::demo::Household::Eritrea,
                                              QDate::currentDate(), &problem),
                 qPrintable(problem));
        UiTestSession::Options options;
        options.vaultFolder = vaultFolder;
        options.demoPin = samen::demo::pin.toString();
        m_session = std::make_unique<UiTestSession>(options);
        QVERIFY(m_session->languages().apply(u"en"_qs));
        QCOMPARE(m_session->engine().rootObjects().size(), 1);
        m_window = m_session->window();
        QVERIFY(m_window);
        m_ui = std::make_unique<UiDriver>(m_window);
        m_window->resize(720, 1280);
        VaultController &vault = m_session->vault();
        vault.unlock(samen::demo::pin.toString());
        QTRY_COMPARE_WITH_TIMEOUT(vault.state(), VaultController::Unlocked, 60000);

        samen::vault::PeopleRepository people(*vault.database());
        const auto referents = people.referents();
        QVERIFY(!referents.isEmpty());
        const auto members = people.members(referents.constFirst().id);
        QVERIFY(!members.isEmpty());
        m_memberId = members.constFirst().id;
        const auto documents = samen::vault::DocumentRepository(*vault.database()).documents(m_memberId);
        QVERIFY(!documents.isEmpty());
        m_documentId = documents.constFirst().id;
    }

    void cleanupTestCase() { m_session.reset(); }

    // Qt's own chooser is laid out for a desktop (600 px wide): on a phone it must fit the window.
    void choosersFitASmallPhone_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("textSize");
        for (const char *language : { "en", "ti", "ar" }) {
            for (const int size : { 100, 200 }) {
                QTest::addRow("open a file %s %d%%", language, size)
                    << u"restore"_qs << u"chooseBackupFile"_qs << QString::fromLatin1(language) << size;
                QTest::addRow("save a file %s %d%%", language, size)
                    << u"helper"_qs << u"savePdf"_qs << QString::fromLatin1(language) << size;
            }
        }
    }
    void choosersFitASmallPhone()
    {
        QFETCH(QString, page);
        QFETCH(QString, button);
        QFETCH(QString, language);
        QFETCH(int, textSize);
        QVERIFY(m_session->languages().apply(language));
        QVERIFY(m_session->textSize().apply(textSize));
        m_window->resize(360, 640);
        show(page);
        tapNamed(button);
        QQuickItem *chooser = nullptr;
        QTRY_VERIFY2((chooser = openChooser()) != nullptr, "no file chooser opened");
        const QImage frame = UiInspector::renderFrame(m_window);
        QVERIFY(!frame.isNull());
        if (qEnvironmentVariableIsSet("SAMEN_CHOOSER_SHOTS"))
            frame.save(qEnvironmentVariable("SAMEN_CHOOSER_SHOTS") + u'/' + button + u".png"_qs);
        const QRectF box = chooser->mapRectToScene(QRectF(0, 0, chooser->width(), chooser->height()));
        QStringList problems;
        if (box.left() < -1 || box.right() > m_window->width() + 1)
            problems << u"the chooser is %1 px wide"_qs.arg(qRound(box.width()));
        // Nothing inside it cut off either (the folder path once hid the current folder).
        for (const QString &problem : UiInspector::layoutProblems(chooser)) {
            if (problem.contains(u"sticks out"_qs) || problem.contains(u"clipped"_qs) ||
                problem.contains(u"overlaps"_qs) || problem.contains(u"overflows"_qs))
                problems << problem;
        }
        // The path shows the folder the chooser is in.
        QQuickItem *here = findItem(chooser, [](QQuickItem *item) {
            return item->inherits("QQuickAbstractButton") &&
                item->property("text").toString() == u"Documents";
        });
        const QRectF hereBox =
            here ? here->mapRectToScene(QRectF(0, 0, here->width(), here->height())) : QRectF();
        if (!here || hereBox.left() < 0 || hereBox.right() > m_window->width())
            problems << u"the current folder is not in view"_qs;
        // The name to save under can be read and typed (it was once squeezed to nothing).
        QQuickItem *name =
            findItem(chooser, [](QQuickItem *item) { return item->objectName() == u"fileNameTextField"; });
        if (name && name->width() < m_window->width() / 2.0)
            problems << u"the name field is %1 px wide"_qs.arg(qRound(name->width()));
        // Every button of the chooser is inside the window, off its edge (Open once touched it).
        QList<QQuickItem *> buttons;
        UiDriver::findAll(
            chooser,
            [](QQuickItem *item) {
                if (!item->inherits("QQuickAbstractButton"))
                    return false;
                for (const QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
                    if (up->inherits("QQuickDialogButtonBox"))
                        return true;
                }
                return false;
            },
            buttons);
        if (buttons.size() < 2)
            problems << u"%1 buttons found in the chooser's button box"_qs.arg(buttons.size());
        for (const QQuickItem *item : std::as_const(buttons)) {
            const QRectF at = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            if (item->height() < 48)
                problems << u"the button \"%1\" is %2 px high"_qs.arg(item->property("text").toString())
                                .arg(item->height());
            if (at.left() < 8 || at.right() > m_window->width() - 8) // on the edge it looks cut off
                problems << u"the button \"%1\" is at x %2..%3"_qs.arg(item->property("text").toString())
                                .arg(qRound(at.left()))
                                .arg(qRound(at.right()));
        }
        // The title is whole (it once ended in "…" at 200 %).
        QQuickItem *title =
            findItem(chooser, [](QQuickItem *item) { return item->objectName() == u"dialogTitleBarLabel"; });
        if (title && title->property("truncated").toBool())
            problems << u"the title is cut off"_qs;
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(openChooser() == nullptr);
        QVERIFY(m_session->languages().apply(u"en"_qs));
        QVERIFY(m_session->textSize().apply(100));
        m_window->resize(720, 1280);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Qt's chooser wrote each file's size and date in English ("1.64 KiB", "Monday, …"), drew the
    // date over the size and cut it off at the left; "File name" stayed English too.
    void chooserWordsAreTheUsers_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "en", "ti", "ar" })
            QTest::addRow("%s", language) << QString::fromLatin1(language);
    }
    void chooserWordsAreTheUsers()
    {
        QFETCH(QString, language);
        const QString name = u"chooser-row.pdf"_qs; // the PDF chooser lists PDFs only
        QFile file(inDocuments(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(3000, 'x')) == 3000);
        file.close();
        const QDateTime modified(QDate(2026, 3, 21), QTime(12, 0));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(m_session->languages().apply(language));
        m_window->resize(360, 640);
        show(u"helper"_qs);
        tapNamed(u"savePdf"_qs);
        QQuickItem *chooser = nullptr;
        QTRY_VERIFY2((chooser = openChooser()) != nullptr, "no file chooser opened");
        QQuickItem *row = nullptr;
        (void)QTest::qWaitFor([&] {
            row = findItem(chooser, [&name](QQuickItem *item) {
                return item->inherits("QQuickFileDialogDelegate") &&
                    item->property("fileName").toString() == name;
            });
            return row != nullptr;
        });
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        const QString expected =
            fileDetails(3000, modified, samen::locale::DateFormatter::forLanguage(language));
        QList<QQuickItem *> labels;
        QStringList texts;
        QQuickItem *details = nullptr;
        QRectF inRow;
        bool truncated = false;
        // Inside the row's padding, where the name is (not on the highlight's edge).
        const qreal left = row ? row->property("leftPadding").toReal() : 0;
        const qreal rowHeight = row ? row->height() : 0;
        const qreal right = row ? row->width() - row->property("rightPadding").toReal() : 0;
        if (row) {
            UiDriver::findAll(
                row, [](QQuickItem *item) { return item->inherits("QQuickLabel") && item->isVisible(); },
                labels);
            for (QQuickItem *label : std::as_const(labels)) {
                texts << label->property("text").toString();
                if (texts.constLast() == expected)
                    details = label;
            }
        }
        qreal nameEdge = -1; // where the name starts reading: its left edge, or right edge in Arabic
        if (details) {
            inRow = details->mapRectToItem(row, details->boundingRect());
            truncated = details->property("truncated").toBool();
            const QQuickItem *nameText = labels.constFirst();
            const QRectF nameBox = nameText->mapRectToItem(row, nameText->boundingRect());
            nameEdge = language == u"ar" ? nameBox.right() : nameBox.left();
        }
        QQuickItem *nameLabel = findItem(chooser, [](QQuickItem *item) {
            return item->inherits("QQuickLabel") && item->isVisible() &&
                item->parentItem()->inherits("QQuickGridLayout");
        });
        const QString nameWord = nameLabel ? nameLabel->property("text").toString() : QString();
        // The path's separators point the way it reads: left in Arabic.
        QQuickItem *crumbs =
            findItem(chooser, [](QQuickItem *item) { return item->inherits("QQuickFolderBreadcrumbBar"); });
        auto *path = crumbs ? crumbs->property("contentItem").value<QQuickItem *>() : nullptr;
        QList<QQuickItem *> separators;
        if (path)
            UiDriver::findAll(
                path, [](QQuickItem *item) { return item->inherits("QQuickIconImage"); }, separators);
        int pointingLeft = 0;
        for (const QQuickItem *separator : std::as_const(separators))
            pointingLeft += separator->property("mirror").toBool();
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(openChooser() == nullptr);
        QVERIFY(m_session->languages().apply(u"en"_qs));
        m_window->resize(720, 1280);
        QFile::remove(inDocuments(name));

        QVERIFY2(row, "the file is not listed");
        QVERIFY2(rowHeight >= 48, qPrintable(u"the row is %1 px high"_qs.arg(rowHeight)));
        QVERIFY2(details, qPrintable(u"expected \"%1\" among %2"_qs.arg(expected, texts.join(u" | "_qs))));
        QCOMPARE(texts.size(), 2); // the name and the one details line: no second, English date
        QVERIFY2(inRow.left() >= left - 0.5 && inRow.right() <= right + 0.5,
                 qPrintable(
                     u"the details run from x %1 to %2, the row's content from %3 to %4"_qs.arg(inRow.left())
                         .arg(inRow.right())
                         .arg(left)
                         .arg(right)));
        QVERIFY2(!truncated, "the details line is cut off");
        // The line starts where the name starts (Qt placed it for left to right only).
        const qreal lineEdge = language == u"ar" ? inRow.right() : inRow.left();
        QVERIFY2(qAbs(lineEdge - nameEdge) <= 2,
                 qPrintable(u"the name starts at x %1, its details at %2"_qs.arg(nameEdge).arg(lineEdge)));
        QVERIFY2(!separators.isEmpty(), "the path shows no separators");
        QCOMPARE(pointingLeft, language == u"ar" ? separators.size() : 0);
        if (language == u"en")
            QCOMPARE(nameWord, u"File name"_qs);
        else
            QVERIFY2(!nameWord.isEmpty() && nameWord != u"File name",
                     qPrintable(u"the name field's label is \"%1\""_qs.arg(nameWord)));
        if (language != u"en") // no "KiB" or English month left
            QVERIFY2(!expected.contains(QRegularExpression(u"[A-Za-z]"_qs)), qPrintable(expected));
        if (language == u"ar") // one digit system: Arabic-Indic
            QVERIFY2(!expected.contains(QRegularExpression(u"[0-9]"_qs)), qPrintable(expected));
    }

    void photoImportAddsAPage()
    {
        QImage photo(400, 600, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        QVERIFY(photo.save(inDocuments(u"passport.jpg"_qs)));
        showPaper(u"documentfiles"_qs);
        const int before = shownPageCount();
        QVERIFY(before >= 0);
        tapNamed(u"addFileButton"_qs);
        complete(u"passport.jpg"_qs, QString(), u"Open"_qs);
        // A photo goes through the photo check before it is stored.
        QTRY_VERIFY_WITH_TIMEOUT(named(u"usePhotoButton"_qs) && named(u"usePhotoButton"_qs)->isEnabled(),
                                 20000);
        tapNamed(u"usePhotoButton"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(shownPageCount(), before + 1, 20000);
    }

    void savingCopiesWritesFiles()
    {
        const QString folder = inDocuments(u"copies"_qs);
        QVERIFY(QDir().mkpath(folder));
        showPaper(u"documentfiles"_qs);
        tapNamed(u"saveAllCopiesButton"_qs);
        expectNotLockedWarning();
        tapNamed(u"confirmAction"_qs);
        complete(u"copies"_qs, QString(), u"Choose this folder"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(folder).entryList(QDir::Files).isEmpty(), 20000);
    }

    void viewerSavesACopy()
    {
        const QString folder = inDocuments(u"one-copy"_qs);
        QVERIFY(QDir().mkpath(folder));
        showPaper(u"viewer"_qs);
        tapNamed(u"saveCopyButton"_qs);
        expectNotLockedWarning();
        tapNamed(u"confirmAction"_qs);
        complete(u"one-copy"_qs, QString(), u"Choose this folder"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(folder).entryList(QDir::Files).isEmpty(), 20000);
    }

    void helperPdfIsSaved()
    {
        show(u"helper"_qs);
        expectNotLockedWarning();
        tapNamed(u"savePdf"_qs);
        complete(QString(), u"summary.pdf"_qs, u"Save"_qs);
        QFile pdf(inDocuments(u"summary.pdf"_qs));
        QTRY_VERIFY2(pdf.exists(), qPrintable(HelperController::create(nullptr, nullptr)->message()));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void calendarIsExported()
    {
        show(u"deadlines"_qs);
        tapNamed(u"calendarButton"_qs);
        expectNotLockedWarning();
        tapNamed(u"saveCalendarFile"_qs);
        complete(QString(), u"dates.ics"_qs, u"Save"_qs);
        QFile ics(inDocuments(u"dates.ics"_qs));
        QTRY_VERIFY(ics.exists());
        QVERIFY(ics.open(QIODevice::ReadOnly));
        QVERIFY(ics.readAll().startsWith("BEGIN:VCALENDAR"));
    }

    // A password the backup would refuse (easy to guess) does not lead to the chooser first; the
    // refusal came only after a place was chosen, and wiped both fields.
    void aWeakBackupPasswordDoesNotOpenTheChooser()
    {
        const QString weak = u"Backup2026!"_qs;
        QVERIFY(!m_session->vault().isAcceptableBackupPassword(weak));
        QVERIFY(m_session->vault().isAcceptable(weak, true)); // long enough for a vault password
        show(u"backup"_qs);
        typeInto(u"backupPassword"_qs, weak);
        typeInto(u"backupPasswordAgain"_qs, weak);
        QVERIFY(!named(u"chooseBackupPlace"_qs)->isEnabled());
    }

    void backupIsSavedAndRestored()
    {
        VaultController &vault = m_session->vault();
        show(u"backup"_qs);
        const QString password = u"long walk to Asmara 2026"_qs;
        QQuickItem *again = named(u"backupPasswordAgain"_qs);
        QVERIFY(again);
        // Each "Show" button is named for its field.
        QStringList showNames;
        for (const QString &field : { u"backupPassword"_qs, u"backupPasswordAgain"_qs }) {
            QQuickItem *show = UiDriver::findItem(
                named(field), [](QQuickItem *item) { return item->objectName() == u"showButton"; });
            QVERIFY(show);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(show);
            QVERIFY(accessible);
            showNames << accessible->text(QAccessible::Name);
        }
        QCOMPARE(showNames,
                 (QStringList { u"Show: Backup password (at least 8 characters)"_qs,
                                u"Show: Type the backup password again"_qs }));
        const qreal againY = again->mapToScene(QPointF(0, 0)).y();
        typeInto(u"backupPassword"_qs, password);
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        // The strength hint appears without moving the field the finger goes to next.
        QCOMPARE(again->mapToScene(QPointF(0, 0)).y(), againY);
        typeInto(u"backupPasswordAgain"_qs, password);
        tapNamed(u"chooseBackupPlace"_qs);
        complete(QString(), u"family.samen"_qs, u"Save"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(vault.lastDone(), int(VaultController::ExportBackup), 60000);
        QVERIFY(QFileInfo(inDocuments(u"family.samen"_qs)).size() > 0);
        // Where it went is said, so that the file can be found again.
        QTRY_VERIFY(m_ui->visibleTexts().contains(
            u"The backup is saved: %1"_qs.arg(samen::locale::isolated(u"Documents/family.samen"_qs))));

        // A damaged copy is refused; choosing another file takes its message away.
        QFile whole(inDocuments(u"family.samen"_qs));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile broken(inDocuments(u"broken.samen"_qs));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(whole.read(whole.size() / 2));
        broken.close();
        show(u"restore"_qs);
        tapNamed(u"chooseBackupFile"_qs);
        complete(u"broken.samen"_qs, QString(), u"Open"_qs);
        typeInto(u"restorePassword"_qs, password);
        tapNamed(u"restoreButton"_qs);
        confirmReplacing();
        QTRY_VERIFY_WITH_TIMEOUT(!vault.isBusy() && !vault.message().isEmpty(), 60000);
        QCOMPARE(vault.lastDone(), -1);
        tapNamed(u"chooseBackupFile"_qs);
        complete(u"family.samen"_qs, QString(), u"Open"_qs);
        QCOMPARE(vault.message(), QString());
        typeInto(u"restorePassword"_qs, password);
        tapNamed(u"restoreButton"_qs);
        confirmReplacing();
        QTRY_COMPARE_WITH_TIMEOUT(vault.lastDone(), int(VaultController::ImportBackup), 60000);
        QFile::remove(inDocuments(u"broken.samen"_qs));
    }

    // A mistyped current PIN is asked again; the new PIN, typed twice already, stays.
    void aWrongCurrentPinKeepsTheNewOne()
    {
        VaultController &vault = m_session->vault();
        show(u"changepin"_qs);
        typeInto(u"currentPin"_qs, u"907153"_qs);
        typeInto(u"newPin"_qs, u"864213"_qs);
        typeInto(u"newPinAgain"_qs, u"864213"_qs);
        tapNamed(u"changePinButton"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!vault.isBusy() && !vault.message().isEmpty(), 60000);
        QCOMPARE(vault.lastDone(), -1);
        QCOMPARE(named(u"currentPin"_qs)->property("text").toString(), QString());
        QCOMPARE(named(u"newPin"_qs)->property("text").toString(), u"864213"_qs);
        QCOMPARE(named(u"newPinAgain"_qs)->property("text").toString(), u"864213"_qs);
    }
};

QTEST_MAIN(TestFileChoosers)
#include "tst_filechoosers.moc"

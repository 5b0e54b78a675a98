#include "interviewsteps.h"
#include "locale/languages.h"
#include "screenshots.h"
#include "uiinspector.h"
#include "uitestsession.h"
#include "vaulttestsupport.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The family, member and document pages with a real family in the vault: no layout faults in
// any language at either phone size, and the buttons change what is stored.
class TestFamilyPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<UiTestSession>();
        m_window = m_session->window();
        QVERIFY(m_window);
        m_vault = std::make_unique<samen::vault::Vault>(samen::vault::testsupport::testOptions(m_dir.path()));
        QByteArray secret = samen::vault::testsupport::secret("483921");
        QCOMPARE(m_vault->create(secret, samen::vault::SecretKind::Pin),
                 samen::vault::Vault::CreateResult::Ok);
        InterviewController &interview = m_session->interview();
        FamilyController &family = m_session->family();
        interview.setToday(QDate(2026, 3, 1));
        family.setToday(QDate(2026, 3, 1));
        interview.setDatabase(m_vault->database());
        family.setDatabase(m_vault->database());
        interviewsteps::answerReferent(interview, u"2026-01-20"_qs, u"refugee"_qs, u"ER"_qs);
        QVERIFY(interview.addMember(u"spouse"_qs));
        interviewsteps::answerAll(interview, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(interview.addMember(u"child"_qs));
        interviewsteps::answerAll(interview, { { u"member.birthDate"_qs, u"2010-04-01"_qs } }, true);
        QCOMPARE(family.members()->rowCount(), 2);
        QVERIFY(family.setNames(family.members()->rowAt(0).id, u"ሳባ ተስፋይ ገብረመድህን"_qs,
                                u"Saba Tesfay Gebremedhin"_qs));
        QVERIFY(family.setNote(family.members()->rowAt(0).id, u"Lives in Khartoum with her aunt"_qs));
    }

    void cleanupTestCase()
    {
        m_session->family().setDatabase(nullptr);
        m_session->interview().setDatabase(nullptr);
        m_session.reset();
    }

    void pagesWithAFamilyHaveNoLayoutFaults_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        for (const auto &language : samen::locale::supportedLanguages()) {
            for (const QSize &size : Screenshots::phoneSizes()) {
                for (const char *page : { "family", "member", "document" }) {
                    QTest::addRow("%s %dx%d %s", qPrintable(language.code), size.width(), size.height(), page)
                        << language.code << size << QString::fromLatin1(page);
                }
            }
        }
    }
    void pagesWithAFamilyHaveNoLayoutFaults()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, page);
        QVERIFY(m_session->languages().apply(language));
        m_window->resize(size);
        QVERIFY(UiInspector::showPage(m_window, page));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QVERIFY(!findVisible(m_window->contentItem(), u"emptyAddMemberButton"_qs));
        const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void keyboardsMayNotLearnWhatIsTyped()
    {
        const int needed = Qt::ImhSensitiveData | Qt::ImhNoPredictiveText;
        QStringList checked;
        for (const QString &page : UiInspector::pageNames(m_window)) {
            QVERIFY(UiInspector::showPage(m_window, page));
            QVERIFY(!UiInspector::renderFrame(m_window).isNull());
            QList<QQuickItem *> items { m_window->contentItem() };
            while (!items.isEmpty()) {
                QQuickItem *item = items.takeLast();
                items += item->childItems();
                const QVariant hints = item->property("inputMethodHints");
                const QVariant readOnly = item->property("readOnly"); // a ComboBox shows a disabled one
                if (!item->isVisible() || !item->isEnabled() || !hints.isValid() || !readOnly.isValid() ||
                    readOnly.toBool())
                    continue;
                const QString name = page + u'/' + item->objectName();
                QVERIFY2((hints.toInt() & needed) == needed, qPrintable(name));
                checked << name;
            }
        }
        QVERIFY2(checked.size() >= 3, qPrintable(checked.join(u", "_qs))); // names and note at least
    }

    void tappingThroughChangesTheStatus()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        FamilyController &family = m_session->family();
        const FamilyRow child =
            family.members()->rowAt(family.members()->rowAt(0).relation == u"child" ? 0 : 1);
        QVERIFY(UiInspector::showPage(m_window, u"family"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        click(u"member_"_qs + QString::number(child.id));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QCOMPARE(family.memberId(), child.id);
        const qint64 consent = idOfKind(u"parentConsent"_qs);
        QVERIFY(consent != 0);
        click(u"document_"_qs + QString::number(consent));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QCOMPARE(family.documentId(), consent);
        click(u"status_ready"_qs);
        QCOMPARE(family.document().value(u"status"_qs).toString(), u"ready"_qs);
        const int row = family.members()->indexOf(child.id);
        QCOMPARE(family.members()->rowAt(row).documentsReady, 1);
    }

private:
    void click(const QString &name)
    {
        QQuickItem *item = findVisible(m_window->contentItem(), name);
        QVERIFY2(item, qPrintable(name + u" not visible"_qs));
        QVERIFY(QMetaObject::invokeMethod(item, "clicked"));
    }

    [[nodiscard]] qint64 idOfKind(const QString &kind) const
    {
        const ChecklistModel *checklist = m_session->family().checklist();
        for (int row = 0; row < checklist->rowCount(); ++row) {
            if (checklist->rowAt(row).kind == kind)
                return checklist->rowAt(row).id;
        }
        return 0;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<UiTestSession> m_session;
    std::unique_ptr<samen::vault::Vault> m_vault;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestFamilyPages)
#include "tst_familypages.moc"

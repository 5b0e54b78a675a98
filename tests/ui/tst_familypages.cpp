#include "family/memberview.h"
#include "locale/languages.h"
#include "screenshots.h"
#include "support/interviewsteps.h"
#include "support/uitestsession.h"
#include "timeline/stagesview.h"
#include "uiinspector.h"
#include "vault/documentrepository.h"

#include <QQuickItem>
#include <QQuickWindow>
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
        m_session = std::make_unique<UiTestSession>(
            UiTestSession::Options { {}, {}, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC) });
        m_window = m_session->window();
        QVERIFY(m_window);
        InterviewController &interview = m_session->interview();
        FamilyController &family = m_session->family();
        interview.setToday(QDate(2026, 3, 1));
        family.setToday(QDate(2026, 3, 1));
        QVERIFY(m_session->createVault());
        interviewsteps::answerReferent(interview, u"2026-01-20"_qs, u"refugee"_qs, u"ER"_qs);
        QVERIFY(interview.addMember(u"spouse"_qs));
        interviewsteps::answerAll(interview, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(interview.addMember(u"child"_qs));
        // 17, and 18 on 1 July 2026, before the family applies: the card warns with the date.
        interviewsteps::answerAll(interview, { { u"member.birthDate"_qs, u"2008-07-01"_qs } }, true);
        QCOMPARE(family.members()->rowCount(), 2);
        QVERIFY(family.setNames(family.members()->rowAt(0).id, u"ሳባ ተስፋይ ገብረመድህን"_qs,
                                u"Saba Tesfay Gebremedhin"_qs));
        QVERIFY(family.setNote(family.members()->rowAt(0).id, u"Lives in Khartoum with her aunt"_qs));
    }

    void cleanupTestCase() { m_session.reset(); }

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
        if (page == u"family")
            QVERIFY(shown(u"ageWarning"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull()); // rows the search scrolled to are laid out
        const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // With SAMEN_FLOW_SCREENSHOTS=dir set, each page is saved there to be looked at.
        const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
        if (!directory.isEmpty())
            QVERIFY(UiInspector::renderFrame(m_window).save(
                QStringLiteral("%1/family-%2-%3-%4.png").arg(directory, page, language).arg(size.width())));
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

    // The user's own name (optional) on the family page: typed once, kept in the vault, shown
    // as the heading "You: …" and on the helper's summary.
    void ownNameOnTheFamilyPage()
    {
        QVERIFY(m_session->languages().apply(u"ti"_qs));
        QVERIFY(UiInspector::showPage(m_window, u"family"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *field = shown(u"ownNameField"_qs);
        QVERIFY(field);
        QVERIFY(field->property("text").toString().isEmpty());
        field->setProperty("text", u"ሰላም ተስፋይ"_qs);
        QVERIFY(QMetaObject::invokeMethod(field, "editingFinished"));
        QCOMPARE(m_session->family().ownName(), u"ሰላም ተስፋይ"_qs);
        const QString heading = shown(u"ownHeading"_qs)->property("text").toString();
        QVERIFY2(heading.contains(u"ሰላም ተስፋይ"_qs) && heading.contains(QChar(0x2068)), qPrintable(heading));
        QVERIFY(m_session->languages().apply(u"en"_qs));
    }

    // Names are asked right after the questions: the list of people in the questions has a
    // name field per person, and a name typed there is the person's name in the family.
    void namesInTheListOfPeople()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        QVERIFY(UiInspector::showPage(m_window, u"interview"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QVERIFY(!m_session->interview().isAsking());
        FamilyController &family = m_session->family();
        const qint64 child = family.memberIdOf(u"m2"_qs);
        QVERIFY(child != 0);
        const QList<qint64> before = rowIds();
        QQuickItem *field = findVisible(m_window->contentItem(), u"memberName_m2"_qs);
        QVERIFY(field);
        field->setProperty("text", u"Aaron"_qs);
        QVERIFY(QMetaObject::invokeMethod(field, "editingFinished"));
        QCOMPARE(family.namesOf(child).value(u"name"_qs).toString(), u"Aaron"_qs);
        QCOMPARE(rowIds(), before); // a name does not move the person in the list
        QCOMPARE(findVisible(m_window->contentItem(), u"memberName_m1"_qs)->property("text").toString(),
                 u"ሳባ ተስፋይ ገብረመድህን"_qs);
        for (const auto &language : samen::locale::supportedLanguages()) {
            for (const QSize &size : Screenshots::phoneSizes()) {
                QVERIFY(m_session->languages().apply(language.code));
                m_window->resize(size);
                QVERIFY(!UiInspector::renderFrame(m_window).isNull());
                const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
                // What the field asks for is above it, read whole: a placeholder is one line (it
                // was cut in Tigrinya before "you may leave it empty") and goes once a name is typed.
                QQuickItem *hint = findVisible(m_window->contentItem(), u"memberNameHint_m1"_qs);
                QVERIFY(hint);
                QVERIFY2(!hint->property("truncated").toBool(), qPrintable(language.code));
                QCOMPARE(
                    findVisible(m_window->contentItem(), u"memberName_m1"_qs)->property("placeholderText"),
                    QVariant(QString()));
                const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
                if (!directory.isEmpty())
                    QVERIFY(UiInspector::renderFrame(m_window).save(
                        u"%1/people-names-%2-%3.png"_qs.arg(directory, language.code).arg(size.width())));
            }
        }
        QVERIFY(family.setNames(child, QString(), QString()));
        QVERIFY(m_session->languages().apply(u"en"_qs));
    }

    // Where the questions and the result speak of a person, their name is said too: two children
    // are told apart by name, not only by number ("Remove Child 1" was easy to mistake).
    void peopleAreCalledByTheirNames()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        FamilyController &family = m_session->family();
        InterviewController &interview = m_session->interview();
        const qint64 child = family.memberIdOf(u"m2"_qs);
        QVERIFY(family.setNames(child, u"Aaron"_qs, QString()));
        QCOMPARE(family.labelWithName(u"m2"_qs, u"Child"_qs), u"Child (\u2068Aaron\u2069)"_qs);
        QCOMPARE(family.labelWithName(u"other"_qs, u"Someone else"_qs), u"Someone else"_qs);
        QVERIFY(UiInspector::showPage(m_window, u"interview"_qs));
        QVERIFY(interview.openMember(u"m2"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        for (const QString &name : { u"memberLabel"_qs, u"removeThisMember"_qs }) {
            QQuickItem *item = findVisible(m_window->contentItem(), name);
            QVERIFY2(item, qPrintable(name));
            QVERIFY2(item->property("text").toString().contains(u"Aaron"), qPrintable(name));
        }
        QVERIFY(interview.showResult());
        QVERIFY(UiInspector::showPage(m_window, u"result"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *card = findVisible(m_window->contentItem(), u"result_m2"_qs);
        QVERIFY(card);
        QVERIFY2(card->property("title").toString().contains(u"Aaron"),
                 qPrintable(card->property("title").toString()));
        QVERIFY(family.setNames(child, QString(), QString()));
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
        QCOMPARE(currentPage()->property("memberId").toLongLong(), child.id);
        const qint64 consent = idOfKind(child.id, u"parentConsent"_qs);
        QVERIFY(consent != 0);
        click(u"document_"_qs + QString::number(consent));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QCOMPARE(currentPage()->property("documentId").toLongLong(), consent);
        click(u"status_ready"_qs);
        QCOMPARE(currentPage()->property("doc").value<ChecklistRow>().status, u"ready"_qs);
        const int row = family.members()->indexOf(child.id);
        QCOMPARE(family.members()->rowAt(row).documentsReady, 1);
    }

    // Each member page shows its own member: member B, then member A opened above it, then
    // back to B shows B's names and papers again, not A's (the pages own their subject).
    void backNavigationShowsEachPagesOwnMember()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        m_window->resize(360, 640);
        FamilyController &family = m_session->family();
        QVERIFY(family.members()->rowCount() >= 2);
        const FamilyRow a = family.members()->rowAt(0);
        const FamilyRow b = family.members()->rowAt(1);
        QVERIFY(a.latinName != b.latinName);
        QVERIFY(UiInspector::showPage(m_window, u"family"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        click(u"member_"_qs + QString::number(b.id));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *pageB = currentPage();
        QCOMPARE(fieldText(u"latinField"_qs), b.latinName);

        QVariant opened;
        const QVariantMap subject { { u"memberId"_qs, a.id } };
        QVERIFY(QMetaObject::invokeMethod(m_window, "open", Q_RETURN_ARG(QVariant, opened),
                                          Q_ARG(QVariant, u"member"_qs), Q_ARG(QVariant, subject)));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QTRY_VERIFY(currentPage() != pageB);
        QCOMPARE(currentPage()->property("memberId").toLongLong(), a.id);
        QCOMPARE(fieldText(u"latinField"_qs), a.latinName);
        QCOMPARE(fieldText(u"memberNote"_qs), a.note);

        click(u"backButton"_qs);
        QTRY_COMPARE(currentPage(), pageB);
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QCOMPARE(fieldText(u"latinField"_qs), b.latinName);
        QCOMPARE(fieldText(u"memberNote"_qs), b.note);
        QCOMPARE(pageB->property("member").value<FamilyRow>().id, b.id);
        MemberView expected(family);
        expected.setMemberId(b.id);
        QCOMPARE(shown(u"progressText"_qs)->property("text").toString(), expected.member().progressText);

        // The steps button hands the page's own member to the steps page.
        click(u"timelineButton"_qs);
        QTRY_VERIFY(currentPage() != pageB);
        QCOMPARE(currentPage()->property("memberId").toLongLong(), b.id);
        auto *steps = currentPage()->findChild<StagesView *>();
        QVERIFY(steps);
        QCOMPARE(steps->memberId(), b.id);
    }

    // Removing a person asks in a dialog that is on screen (not below the fold), names the
    // photos that go with them, and then takes the person out of the family everywhere.
    void removingAPersonAsksOnScreenFirst()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        m_window->resize(360, 640);
        FamilyController &family = m_session->family();
        const FamilyRow child =
            family.members()->rowAt(family.members()->rowAt(0).relation == u"child" ? 0 : 1);
        samen::vault::DocumentRepository documents(*m_session->database());
        const auto papers = documents.documents(child.id);
        QVERIFY(!papers.isEmpty());
        samen::dossier::Attachment photo { 0, papers.first().id, u"image/jpeg"_qs, QByteArray("jpeg"), {}, {},
                                           {} };
        QVERIFY(documents.save(photo));
        QCOMPARE(family.attachmentCount(child.id), 1);

        QVERIFY(UiInspector::showPage(m_window, u"family"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        click(u"member_"_qs + QString::number(child.id));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        click(u"removeButton"_qs);
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *confirm = findVisible(m_window->contentItem(), u"confirmAction"_qs);
        QVERIFY(confirm);
        QCOMPARE(confirm->property("text").toString(), u"Remove this person and 1 photo"_qs);
        QVERIFY(confirm->property("danger").toBool());
        const QRectF onScreen = confirm->mapRectToScene(QRectF(0, 0, confirm->width(), confirm->height()));
        QVERIFY2(QRectF(0, 0, m_window->width(), m_window->height()).contains(onScreen),
                 "the confirmation is not on screen");
        QCOMPARE(family.members()->rowCount(), 2); // nothing happens before the confirmation
        // The question in every language at both sizes: on screen, no layout faults.
        for (const auto &language : samen::locale::supportedLanguages()) {
            for (const QSize &size : Screenshots::phoneSizes()) {
                QVERIFY(m_session->languages().apply(language.code));
                m_window->resize(size);
                const QImage frame = UiInspector::renderFrame(m_window);
                QQuickItem *action = findVisible(m_window->contentItem(), u"confirmAction"_qs);
                QVERIFY(action);
                const QRectF box = action->mapRectToScene(QRectF(0, 0, action->width(), action->height()));
                QVERIFY2(QRectF(0, 0, size.width(), size.height()).contains(box), qPrintable(language.code));
                // The dialog alone: the modal dialog lies on top of the page on purpose.
                QQuickItem *dialog = action;
                while (dialog && !dialog->inherits("QQuickPopupItem"))
                    dialog = dialog->parentItem();
                QVERIFY(dialog);
                const QStringList problems = UiInspector::layoutProblems(dialog);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
                const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
                if (!directory.isEmpty())
                    QVERIFY(frame.save(u"%1/remove-person-%2-%3x%4.png"_qs.arg(directory, language.code)
                                           .arg(size.width())
                                           .arg(size.height())));
            }
        }
        QVERIFY(m_session->languages().apply(u"en"_qs));
        m_window->resize(360, 640);
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        confirm = findVisible(m_window->contentItem(), u"confirmAction"_qs);
        QVERIFY(confirm);
        QVERIFY(QMetaObject::invokeMethod(confirm, "clicked"));
        QTRY_COMPARE(family.members()->rowCount(), 1);
        QVERIFY(family.members()->rowAt(0).relation != u"child");
        QVERIFY(!documents.attachment(photo.id));
        QCOMPARE(m_session->interview().members().size(), 1);
    }

    // A member removed elsewhere while their page is open: the page says so and shows nothing
    // of them (no stale names, no papers), and does not crash.
    void aMemberRemovedElsewhereIsNotShownStale()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        m_window->resize(360, 640);
        InterviewController &interview = m_session->interview();
        FamilyController &family = m_session->family();
        const int before = family.members()->rowCount();
        QVERIFY(interview.addMember(u"child"_qs));
        interviewsteps::answerAll(interview, { { u"member.birthDate"_qs, u"2016-02-01"_qs } });
        QCOMPARE(family.members()->rowCount(), before + 1);
        const FamilyRow added = family.members()->rowAt(before);
        QVERIFY(family.setNames(added.id, u"Yonas"_qs, u"Yonas"_qs));
        QVERIFY(UiInspector::showPage(m_window, u"family"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        click(u"member_"_qs + QString::number(added.id));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QCOMPARE(fieldText(u"latinField"_qs), u"Yonas"_qs);
        QVERIFY(!findVisible(m_window->contentItem(), u"memberGone"_qs));

        QVERIFY(family.remove(added.id)); // as the questions' list of people would
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QCOMPARE(currentPage()->property("memberId").toLongLong(), added.id);
        QVERIFY(findVisible(m_window->contentItem(), u"memberGone"_qs));
        QVERIFY(!findVisible(m_window->contentItem(), u"latinField"_qs));
        QVERIFY(!findVisible(m_window->contentItem(), u"checklist"_qs));
        QCOMPARE(currentPage()->property("member").value<FamilyRow>().id, 0);
        for (const auto &language : samen::locale::supportedLanguages()) {
            for (const QSize &size : Screenshots::phoneSizes()) {
                QVERIFY(m_session->languages().apply(language.code));
                m_window->resize(size);
                const QImage frame = UiInspector::renderFrame(m_window);
                QVERIFY(findVisible(m_window->contentItem(), u"memberGone"_qs));
                const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
                QVERIFY2(problems.isEmpty(), qPrintable(language.code + u": "_qs + problems.join(u'\n')));
                const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
                if (!directory.isEmpty())
                    QVERIFY(frame.save(
                        u"%1/member-gone-%2-%3.png"_qs.arg(directory, language.code).arg(size.width())));
            }
        }
        QVERIFY(m_session->languages().apply(u"en"_qs));
    }

private:
    [[nodiscard]] QQuickItem *currentPage() const
    {
        QList<QQuickItem *> items { m_window->contentItem() };
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i)->inherits("QQuickStackView"))
                return items.at(i)->property("currentItem").value<QQuickItem *>();
            items.append(items.at(i)->childItems());
        }
        return nullptr;
    }

    [[nodiscard]] QString fieldText(const QString &name) const
    {
        QQuickItem *field = shown(name);
        return field ? field->property("text").toString() : u"(%1 not visible)"_qs.arg(name);
    }

    [[nodiscard]] QList<qint64> rowIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_session->family().members()->rowCount(); ++row)
            ids.append(m_session->family().members()->rowAt(row).id);
        return ids;
    }

    /** The visible item @p name, the page's list scrolled to it if it is a row (as a user would). */
    [[nodiscard]] QQuickItem *shown(const QString &name) const { return UiDriver(m_window).named(name); }

    void click(const QString &name)
    {
        QQuickItem *item = shown(name);
        QVERIFY2(item, qPrintable(name + u" not visible"_qs));
        QVERIFY(QMetaObject::invokeMethod(item, "clicked"));
    }

    [[nodiscard]] qint64 idOfKind(qint64 memberId, const QString &kind) const
    {
        MemberView member(m_session->family());
        member.setMemberId(memberId);
        const ChecklistModel *checklist = member.checklist();
        for (int row = 0; row < checklist->rowCount(); ++row) {
            if (checklist->rowAt(row).kind == kind)
                return checklist->rowAt(row).id;
        }
        return 0;
    }

    std::unique_ptr<UiTestSession> m_session;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestFamilyPages)
#include "tst_familypages.moc"

#include "locale/languages.h"
#include "support/uitestsession.h"
#include "uiinspector.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/interviewrepository.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QTest>

#include <functional>

using namespace samen;

// The timeline pages with a family in the vault: the home screen's "what now", the deadlines,
// the steps and the letter form, in every language at both phone sizes, free of layout faults.
// With SAMEN_FLOW_SCREENSHOTS=dir set, each screen is saved as dir/timeline-<page>-<lang>-<size>.png.
class TestTimelinePages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<UiTestSession>();
        m_window = m_session->window();
        QVERIFY(m_window);
        QVERIFY(m_session->createVault([this](vault::Database &db) {
            fillFamily(db);
            return !QTest::currentTestFailed();
        }));
        QVERIFY(m_session->timeline().hasMembers());
        QVERIFY(!m_session->home().nextDeadline().title.isEmpty());
        QCOMPARE(m_session->home().missingDocuments(), 1);
    }

    void cleanupTestCase() { m_session.reset(); }

    void pagesShowTheFamilyWithoutLayoutFaults_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        for (const auto &language : locale::supportedLanguages()) {
            for (const QSize size : { QSize(360, 640), QSize(412, 915) }) {
                for (const char *page : { "home", "deadlines", "timeline", "adddeadline" }) {
                    QTest::addRow("%s-%dx%d-%s", qPrintable(language.code), size.width(), size.height(), page)
                        << language.code << size << QString::fromLatin1(page);
                }
            }
        }
    }
    void pagesShowTheFamilyWithoutLayoutFaults()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, page);
        QVERIFY(m_session->languages().apply(language));
        m_window->resize(size);
        QVERIFY(UiInspector::showPage(m_window, page));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        const QStringList problems = UiDriver::settledLayoutProblems(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
        if (!directory.isEmpty()) {
            QVERIFY(QDir().mkpath(directory));
            const QString name = u"%1/timeline-%2-%3-%4x%5.png"_qs.arg(directory, page, language)
                                     .arg(size.width())
                                     .arg(size.height());
            QVERIFY(UiInspector::renderFrame(m_window).save(name));
        }
    }

    // "I did this" never makes a date disappear: the card stays, struck through, with Undo.
    void aDoneDeadlineStaysInViewWithUndo()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        m_window->resize(412, 915);
        QVERIFY(UiInspector::showPage(m_window, u"deadlines"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *card = letterCard();
        QVERIFY(card);
        QVERIFY(!card->property("done").toBool());
        QQuickItem *done = findVisible(card, u"doneButton"_qs);
        QVERIFY(done);
        const qreal top = card->mapToScene(QPointF(0, 0)).y();
        QVERIFY(QMetaObject::invokeMethod(done, "clicked"));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        card = letterCard();
        QVERIFY2(card, "the done deadline is no longer shown");
        QVERIFY(card->property("done").toBool());
        QCOMPARE(card->mapToScene(QPointF(0, 0)).y(), top); // it stays under the finger
        QQuickItem *title = findVisible(card, u"deadlineTitle"_qs);
        QVERIFY(title && title->property("font").value<QFont>().strikeOut());
        QQuickItem *undo = findVisible(card, u"undoDoneButton"_qs);
        QVERIFY(undo);
        // The done card in every language at both sizes: no layout faults.
        for (const auto &language : locale::supportedLanguages()) {
            for (const QSize size : { QSize(360, 640), QSize(412, 915) }) {
                QVERIFY(m_session->languages().apply(language.code));
                m_window->resize(size);
                QVERIFY(!UiInspector::renderFrame(m_window).isNull());
                scrollTo(letterCard());
                const QImage frame = UiInspector::renderFrame(m_window);
                // The card alone: scrolled, the page's content passes under its header.
                const QStringList problems = UiInspector::layoutProblems(letterCard());
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
                saveShot(frame, u"deadline-done"_qs, language.code, size);
            }
        }
        QVERIFY(m_session->languages().apply(u"en"_qs));
        undo = findVisible(letterCard(), u"undoDoneButton"_qs);
        QVERIFY(undo);
        QVERIFY(QMetaObject::invokeMethod(undo, "clicked"));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QVERIFY(!letterCard()->property("done").toBool());
    }

    // The window ended by the answer "the application is sent" in the questions: no Undo that
    // could not work, but where to change it, in every language at both sizes.
    void theWindowSentByTheAnswerSaysWhereToChangeIt()
    {
        answerApplied("yes");
        QQuickItem *window = doneWindowCard();
        QVERIFY(window);
        QVERIFY(window->property("sentByAnswer").toBool());
        QVERIFY2(!findVisible(window, u"undoDoneButton"_qs), "an Undo the answer would undo again");
        QVERIFY(findVisible(window, u"sentByAnswerNote"_qs));
        for (const auto &language : locale::supportedLanguages()) {
            for (const QSize size : { QSize(360, 640), QSize(412, 915) }) {
                QVERIFY(m_session->languages().apply(language.code));
                m_window->resize(size);
                QVERIFY(!UiInspector::renderFrame(m_window).isNull());
                scrollTo(shownCard(u"window"_qs));
                const QImage frame = UiInspector::renderFrame(m_window);
                const QStringList problems = UiInspector::layoutProblems(shownCard(u"window"_qs));
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
                saveShot(frame, u"deadline-sent-by-answer"_qs, language.code, size);
            }
        }
        answerApplied("no");
        QVERIFY(!shownCard(u"window"_qs)->property("sentByAnswer").toBool());
    }

    // The window ended by the application date: taking that date back asks first, in red.
    void undoingTheApplicationDateAsksFirst()
    {
        QQuickItem *window = doneWindowCard();
        QVERIFY(window);
        QQuickItem *undo = findVisible(window, u"undoDoneButton"_qs);
        QVERIFY(undo);
        QVERIFY(QMetaObject::invokeMethod(undo, "clicked"));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *cancel = findVisible(m_window->contentItem(), u"confirmCancel"_qs);
        QVERIFY2(cancel, "no question before the application date is taken away");
        QVERIFY(findVisible(m_window->contentItem(), u"confirmAction"_qs)->property("danger").toBool());
        QVERIFY(QMetaObject::invokeMethod(cancel, "clicked"));
        QTRY_VERIFY(!findVisible(m_window->contentItem(), u"confirmCancel"_qs));
        QVERIFY(shownCard(u"window"_qs)->property("done").toBool());
    }

    // "This happened: enter the date" opens a date entry in the card (made only then) that records
    // the step which ends the deadline.
    void aStepDateIsEnteredInTheCard()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        m_window->resize(412, 915);
        QVERIFY(UiInspector::showPage(m_window, u"deadlines"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *card = shownCard(u"decision"_qs);
        QVERIFY(card);
        QVERIFY2(!findVisible(card, u"stepDatePicker"_qs), "a picker is made before it is asked for");
        QQuickItem *enter = findVisible(card, u"enterStepDateButton"_qs);
        QVERIFY(enter);
        QVERIFY(QMetaObject::invokeMethod(enter, "clicked"));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *picker = nullptr;
        QTRY_VERIFY((picker = findVisible(shownCard(u"decision"_qs), u"stepDatePicker"_qs)) != nullptr);
        QVERIFY(picker);
        const QStringList problems = UiInspector::layoutProblems(shownCard(u"decision"_qs));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QString day = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        QVERIFY(QMetaObject::invokeMethod(picker, "accepted", Q_ARG(QString, day)));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QTRY_VERIFY(!shownCard(u"decision"_qs) || shownCard(u"decision"_qs)->property("done").toBool());
        const auto &members = m_session->timeline().familyMembers();
        QVERIFY(std::any_of(members.cbegin(), members.cend(), [&](const auto &member) {
            return m_session->timeline().stageDate(member.id, u"granted"_qs).toString(Qt::ISODate) == day;
        }));
        // Back as it was, for the tests after this one.
        for (const auto &member : members)
            QVERIFY(m_session->timeline().clearStage(double(member.id), u"granted"_qs));
    }

    // Edit states and dialogs are laid out too: the step editor with its checkbox, the calendar
    // dialog with its checkbox (both once 40 px high), in every language at both sizes.
    void editStatesAndDialogsHaveNoLayoutFaults()
    {
        for (const auto &language : locale::supportedLanguages()) {
            for (const QSize size : { QSize(360, 640), QSize(412, 915) }) {
                QVERIFY(m_session->languages().apply(language.code));
                m_window->resize(size);
                QVERIFY(UiInspector::showPage(m_window, u"timeline"_qs));
                QVERIFY(!UiInspector::renderFrame(m_window).isNull());
                QQuickItem *page = currentPage();
                QVERIFY(page);
                QVERIFY(QMetaObject::invokeMethod(page, "edit", Q_ARG(QVariant, u"applicationFiled"_qs),
                                                  Q_ARG(QVariant, u"Application"_qs),
                                                  Q_ARG(QVariant, QString())));
                QImage frame = UiInspector::renderFrame(m_window);
                QQuickItem *editor = findVisible(m_window->contentItem(), u"stageEditor"_qs);
                QVERIFY(editor);
                QStringList problems = UiInspector::layoutProblems(editor);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
                saveShot(frame, u"timeline-edit"_qs, language.code, size);

                QVERIFY(UiInspector::showPage(m_window, u"deadlines"_qs));
                QVERIFY(!UiInspector::renderFrame(m_window).isNull());
                QQuickItem *calendar = findVisible(m_window->contentItem(), u"calendarButton"_qs);
                QVERIFY(calendar);
                QVERIFY(QMetaObject::invokeMethod(calendar, "clicked"));
                frame = UiInspector::renderFrame(m_window);
                QQuickItem *save = findVisible(m_window->contentItem(), u"saveCalendarFile"_qs);
                QVERIFY(save);
                QQuickItem *dialog = save;
                while (dialog && !dialog->inherits("QQuickPopupItem"))
                    dialog = dialog->parentItem();
                QVERIFY(dialog);
                problems = UiInspector::layoutProblems(dialog);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
                saveShot(frame, u"calendar-dialog"_qs, language.code, size);
                QQuickItem *cancel = findVisible(dialog, u"cancelCalendar"_qs);
                QVERIFY(cancel);
                QVERIFY(QMetaObject::invokeMethod(cancel, "clicked"));
                QTRY_VERIFY(!findVisible(m_window->contentItem(), u"saveCalendarFile"_qs));
            }
        }
    }

private:
    QQuickItem *currentPage()
    {
        std::function<QQuickItem *(QQuickItem *)> stack = [&](QQuickItem *item) -> QQuickItem * {
            if (item->inherits("QQuickStackView"))
                return item->property("currentItem").value<QQuickItem *>();
            for (QQuickItem *child : item->childItems()) {
                if (QQuickItem *found = stack(child))
                    return found;
            }
            return nullptr;
        };
        return stack(m_window->contentItem());
    }

    // The deadlines page in English at 412×915, and on it the window's card, ended by the
    // application (done, without "I did this"); null (the test failed) when it is not so.
    QQuickItem *doneWindowCard()
    {
        QQuickItem *window = nullptr;
        [&] {
            QVERIFY(m_session->languages().apply(u"en"_qs));
            m_window->resize(412, 915);
            QVERIFY(UiInspector::showPage(m_window, u"deadlines"_qs));
            QVERIFY(!UiInspector::renderFrame(m_window).isNull());
            QQuickItem *card = shownCard(u"window"_qs);
            QVERIFY2(card, "the window, ended by the application, is not shown");
            QVERIFY(card->property("done").toBool());
            QVERIFY(!findVisible(card, u"doneButton"_qs));
            window = card;
        }();
        return window;
    }

    // Answers "Have you already sent the application?" as the questions save it.
    void answerApplied(const char *value)
    {
        vault::InterviewRepository answers(*m_session->database());
        QVERIFY(answers.save({ u"referent"_qs, u"case.applied"_qs, QString::fromLatin1(value),
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate) }));
        Q_EMIT m_session->services().events().answersChanged(u"case"_qs);
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
    }

    QQuickItem *cardWithRule(const QString &rule, QQuickItem *item = nullptr, bool onlyDone = false)
    {
        if (!item)
            item = m_window->contentItem();
        if (!item->isVisible())
            return nullptr;
        if (item->property("ruleId").toString() == rule && item->property("deadlineId").isValid() &&
            (!onlyDone || item->property("done").toBool()))
            return item;
        for (QQuickItem *child : item->childItems()) {
            if (QQuickItem *found = cardWithRule(rule, child, onlyDone))
                return found;
        }
        return nullptr;
    }

    // The card of @p rule on screen, the list scrolled to it when it is not (as a user would).
    QQuickItem *shownCard(const QString &rule)
    {
        if (QQuickItem *card = cardWithRule(rule))
            return card;
        QQuickItem *card = nullptr;
        UiDriver(m_window).sweepLists(
            [&](QQuickItem *list) { return (card = cardWithRule(rule, list)) != nullptr; });
        return card;
    }

    QQuickItem *letterCard() { return shownCard(u"letter"_qs); }

    // Scrolls the page so that @p item starts near the top of the window.
    void scrollTo(QQuickItem *item)
    {
        for (QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
            if (!parent->inherits("QQuickFlickable"))
                continue;
            const qreal top = item->mapToItem(parent, QPointF(0, 0)).y();
            const qreal most = qMax(0.0, parent->property("contentHeight").toReal() - parent->height());
            parent->setProperty("contentY",
                                qBound(0.0, parent->property("contentY").toReal() + top - 40, most));
            return;
        }
    }

    // With SAMEN_FLOW_SCREENSHOTS=dir set, saves @p frame as dir/<name>-<lang>-<w>x<h>.png.
    void saveShot(const QImage &frame, const QString &name, const QString &language, QSize size)
    {
        const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QVERIFY(QDir().mkpath(directory));
        QVERIFY(frame.save(
            u"%1/%2-%3-%4x%5.png"_qs.arg(directory, name, language).arg(size.width()).arg(size.height())));
    }

    void fillFamily(vault::Database &db)
    {
        const QDate today = QDate::currentDate();
        vault::PeopleRepository people(db);
        dossier::Referent referent { 0, u"R"_qs, u"R"_qs, {}, {}, {} };
        QVERIFY(people.save(referent));
        dossier::FamilyMember spouse { 0,  referent.id, u"spouse"_qs, u"Amina"_qs, u"Amina"_qs,
                                       {}, {},          u"m1"_qs,     {} };
        dossier::FamilyMember child { 0, referent.id, u"child"_qs, {}, {}, {}, {}, u"m2"_qs, {} };
        QVERIFY(people.save(spouse) && people.save(child));
        vault::TimelineRepository timeline(db);
        for (const qint64 member : { spouse.id, child.id }) {
            dossier::StageEvent filed {
                0, member, u"applicationFiled"_qs, today.addDays(-80).toString(Qt::ISODate), {}
            };
            QVERIFY(timeline.save(filed));
        }
        dossier::StageEvent questions {
            0, child.id, u"moreQuestions"_qs, today.addDays(-20).toString(Qt::ISODate), {}
        };
        QVERIFY(timeline.save(questions));
        dossier::Deadline letter {
            0, child.id, u"letter"_qs, today.addDays(5).toString(Qt::ISODate), false, u"DNA"_qs, {}
        };
        QVERIFY(timeline.save(letter));
        vault::InterviewRepository answers(db);
        QVERIFY(answers.save(
            { u"referent"_qs, u"sponsor.decisionDate"_qs, today.addDays(-100).toString(Qt::ISODate), {} }));
        QVERIFY(answers.save({ u"referent"_qs, u"sponsor.status"_qs, u"refugee"_qs, {} }));
        vault::DocumentRepository documents(db);
        dossier::Document passport { 0, spouse.id, u"identity"_qs, dossier::DocumentStatus::Missing, {}, {} };
        QVERIFY(documents.save(passport));
    }

    std::unique_ptr<UiTestSession> m_session;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestTimelinePages)
#include "tst_timelinepages.moc"

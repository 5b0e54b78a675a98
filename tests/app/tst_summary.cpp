#include "demo/demohouseholds.h"
#include "dossierevents.h"
#include "summary/helpercontroller.h"
#include "summary/summary.h"
#include "summary/summarybuilder.h"
#include "summary/summarypdf.h"
#include "support/vaulttestsupport.h"
#include "texts/summarytexts.h"
#include "vault/database.h"
#include "vault/peoplerepository.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QMetaProperty>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace samen;
using summary::SummaryTexts;

// The helper summary read from a demo vault: in Dutch or English whatever the app's language,
// Dutch dates, verdicts with their rule and source, documents, stages, open deadlines and the
// user's own notes marked as theirs.
class TestSummary : public QObject
{
    Q_OBJECT

    std::optional<rules::RulePack> m_pack;
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    QDate m_today = QDate::currentDate();

    [[nodiscard]] summary::Summary build(const QString &language) const
    {
        const SummaryTexts texts(language);
        return summary::buildSummary(*m_vault->database(), *m_pack, texts, m_today);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pack = rules::loadPackFile(u":/rules/nl.json"_qs).pack;
        QVERIFY(m_pack);
        m_vault = samen::vault::testsupport::createdVault(m_dir.filePath(u"v"_qs), {},
                                                          qPrintable(samen::demo::pin.toString()));
        QVERIFY(m_vault);
        QVERIFY(samen::demo::fill(*m_vault->database(), *m_pack, samen::demo::Household::Syria, m_today));
    }

    void englishSummaryHoldsTheDossier()
    {
        const summary::Summary s = build(u"en"_qs);
        QCOMPARE(s.language, u"en"_qs);
        QCOMPARE(s.referentLatinName, u"Mohammed Al-Hassan"_qs);
        QCOMPARE(s.referentName, u"محمد الحسن"_qs);
        QCOMPARE(s.protection, u"Refugee status (a-status)"_qs);
        QCOMPARE(s.decisionDate, m_today.addDays(-40).toString(u"dd-MM-yyyy"_qs));
        QCOMPARE(s.exportDate, m_today.toString(u"dd-MM-yyyy"_qs));
        QCOMPARE(s.rulesAsOf, m_pack->rulesAsOf.toString(u"dd-MM-yyyy"_qs));
        QCOMPARE(s.members.size(), 4);
        const summary::MemberSummary &wife = s.members.at(0);
        QCOMPARE(wife.relation, u"Husband or wife"_qs);
        QCOMPARE(wife.outcomeId, u"nareis"_qs);
        QCOMPARE(wife.ruleId, u"nl2026.spouse.nareis"_qs);
        QVERIFY(!wife.ruleSource.isEmpty());
        QCOMPARE(wife.stage, u"Application filed · "_qs + m_today.addDays(-10).toString(u"dd-MM-yyyy"_qs));
        QVERIFY(wife.documentsReady.contains(u"Passport or ID card"_qs));
        QVERIFY(wife.documentsMissing.contains(u"Police record statement (requested)"_qs));
        QCOMPARE(wife.notes.size(), 2);
        QVERIFY(wife.notes.at(0).about.isEmpty());
        QCOMPARE(wife.notes.at(1).about, u"Marriage certificate"_qs);
        const summary::MemberSummary &son = s.members.at(1);
        QCOMPARE(son.outcomeId, u"advice"_qs);
        QCOMPARE(son.stage, u"Not applied yet"_qs);
        const QRegularExpression dutchDate(u"^\\d\\d-\\d\\d-\\d{4}$"_qs);
        for (const summary::MemberSummary &member : s.members) {
            QVERIFY2(dutchDate.match(member.birthDate).hasMatch(), qPrintable(member.title));
            QVERIFY(!member.title.isEmpty());
        }
        QCOMPARE(wife.title, wife.latinName);
    }

    // A volunteer can tell the children apart: no blank heading, "Child 1", "Child 2".
    void unnamedMembersAreNumberedByRelation()
    {
        QTemporaryDir dir;
        const auto created = samen::vault::testsupport::createdVault(dir.filePath(u"v"_qs));
        QVERIFY(created);
        auto &vault = *created;
        vault::PeopleRepository people(*vault.database());
        dossier::Referent referent;
        QVERIFY(people.save(referent));
        dossier::FamilyMember spouse { 0, referent.id, u"spouse"_qs, {}, {}, {}, {}, {}, {} };
        dossier::FamilyMember first { 0, referent.id, u"child"_qs, {}, {}, {}, {}, {}, {} };
        dossier::FamilyMember second { 0, referent.id, u"child"_qs, u"ሳባ"_qs, {}, {}, {}, {}, {} };
        dossier::FamilyMember third { 0, referent.id, u"child"_qs, {}, {}, {}, {}, {}, {} };
        QVERIFY(people.save(spouse) && people.save(first) && people.save(second) && people.save(third));
        const summary::Summary s =
            summary::buildSummary(*vault.database(), *m_pack, SummaryTexts(u"nl"_qs), m_today);
        QCOMPARE(s.members.size(), 4);
        QCOMPARE(s.members.at(0).title, u"Man of vrouw"_qs);
        QCOMPARE(s.members.at(1).title, u"Kind 1"_qs);
        QCOMPARE(s.members.at(2).title, u"ሳባ"_qs);
        QCOMPARE(s.members.at(3).title, u"Kind 3"_qs);
    }

    void deadlinesAreOpenOnesWithDutchDates()
    {
        const summary::Summary s = build(u"en"_qs);
        QCOMPARE(s.deadlines.size(), 3); // window, letter, and the decision once for the three filed
        QStringList lines;
        for (const auto &deadline : s.deadlines)
            lines << deadline.what + deadline.date + deadline.ownLabel;
        lines.removeDuplicates();
        QCOMPARE(lines.size(), s.deadlines.size());
        const auto decision =
            std::find_if(s.deadlines.cbegin(), s.deadlines.cend(),
                         [](const auto &deadline) { return deadline.whom.count(u", "_qs) == 2; });
        QVERIFY2(decision != s.deadlines.cend(), "the decision names all three members once");
        const QRegularExpression dutchDate(u"^\\d\\d-\\d\\d-\\d{4}$"_qs);
        for (const auto &deadline : s.deadlines)
            QVERIFY2(dutchDate.match(deadline.date).hasMatch(), qPrintable(deadline.date));
        QCOMPARE(s.deadlines.at(0).date, m_today.addDays(12).toString(u"dd-MM-yyyy"_qs));
        QCOMPARE(s.deadlines.at(0).whom, u"Fatima Al-Hassan"_qs);
        QVERIFY(!s.deadlines.at(0).ownLabel.isEmpty());
        int wholeFamily = 0;
        for (const auto &deadline : s.deadlines)
            wholeFamily += deadline.whom == u"Whole family" ? 1 : 0;
        QCOMPARE(wholeFamily, 1);
    }

    void dutchWithoutSwitchingTheApp()
    {
        const summary::Summary s = build(u"nl"_qs);
        const SummaryTexts dutch(u"nl"_qs);
        QCOMPARE(dutch.label(u"members"_qs), u"Gezinsleden"_qs);
        QCOMPARE(s.members.at(2).relation, u"Kind"_qs);
        QCOMPARE(s.members.at(0).outcome, dutch.outcome(rules::Outcome::Nareis));
        QVERIFY(s.members.at(0).outcome != u"Nareis possible");
        QCOMPARE(QCoreApplication::translate("Summary", "Family members"), u"Family members"_qs);
        QCOMPARE(SummaryTexts::localLabel(u"members"_qs), u"Family members"_qs);
    }

    // Issue 14 item 4: QML reads typed values and list models, no maps; every label key is a
    // property (qmllint then checks the names QML uses), and the rows are the summary's.
    void controllerGivesTypedValuesAndModels()
    {
        DossierEvents events;
        HelperController helper(QString(), events, nullptr);
        QAbstractItemModelTester members(helper.members(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester deadlines(helper.deadlines(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(helper.summary().exportDate, QString()); // no store yet: nothing
        QCOMPARE(helper.members()->rowCount(), 0);
        QCOMPARE(helper.labels().members, u"Gezinsleden"_qs);
        QStringList properties;
        for (int i = 0; i < HelperLabels::staticMetaObject.propertyCount(); ++i)
            properties << QString::fromLatin1(HelperLabels::staticMetaObject.property(i).name());
        QStringList keys = SummaryTexts::labelKeys();
        keys.sort();
        properties.sort();
        QCOMPARE(properties, keys);

        QSignalSpy changed(&helper, &HelperController::summaryChanged);
        helper.setDatabase(m_vault->database());
        helper.setLanguage(u"en"_qs);
        QCOMPARE(changed.size(), 2);
        const summary::Summary s = build(u"en"_qs);
        QCOMPARE(helper.summary().referentName, s.referentName);
        QCOMPARE(helper.summary().decisionDate, s.decisionDate);
        QCOMPARE(helper.summary().exportDate, s.exportDate);
        QCOMPARE(helper.labels().disclaimer, SummaryTexts(u"en"_qs).label(u"disclaimer"_qs));
        QCOMPARE(helper.members()->rows().size(), s.members.size());
        const QModelIndex wife = helper.members()->index(0);
        QCOMPARE(wife.data(HelperMemberModel::TitleRole).toString(), s.members.at(0).title);
        QCOMPARE(wife.data(HelperMemberModel::DocumentsReadyRole).toStringList(),
                 s.members.at(0).documentsReady);
        QCOMPARE(wife.data(HelperMemberModel::NoteTextsRole).toStringList().size(), 2);
        QCOMPARE(wife.data(HelperMemberModel::NoteAboutsRole).toStringList().at(1),
                 u"Marriage certificate"_qs);
        QCOMPARE(helper.deadlines()->rowCount(), int(s.deadlines.size()));
        QCOMPARE(helper.deadlines()->index(0).data(HelperDeadlineModel::DateRole).toString(),
                 s.deadlines.at(0).date);
        // Another language: the same rows change in place, so the view keeps its delegates (a
        // reset while the page lays itself out made its layouts loop).
        QSignalSpy resets(helper.members(), &QAbstractItemModel::modelReset);
        QSignalSpy changedRows(helper.members(), &QAbstractItemModel::dataChanged);
        helper.setLanguage(u"nl"_qs);
        QCOMPARE(helper.members()->index(2).data(HelperMemberModel::RelationRole).toString(), u"Kind"_qs);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changedRows.size(), 1);
        // Made again when read after a change, not at the change.
        Q_EMIT events.membersChanged();
        QCOMPARE(helper.members()->rows().size(), s.members.size());
        helper.setDatabase(nullptr);
        QCOMPARE(helper.members()->rowCount(), 0);
        QCOMPARE(helper.summary().referentName, QString());
    }

    void htmlHasNoImagesOrLinks()
    {
        const QString html = summary::summaryHtml(build(u"nl"_qs), SummaryTexts(u"nl"_qs));
        QVERIFY(html.contains(u"فاطمة الحسن"_qs));
        QVERIFY(!html.contains(u"<img"_qs, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<a "_qs, Qt::CaseInsensitive));
        QVERIFY2(!html.contains(u"nl2026."_qs), "an internal rule id reached the summary");
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"

#include "journey/glossaryfilter.h"
#include "journey/journeyguide.h"
#include "journey/termlinker.h"
#include "languagecontroller.h"
#include "locale/dateformatter.h"
#include "rules/pack.h"
#include "texts/journeytexts.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QCollator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace samen;

// JourneyGuide: every help entry, glossary term and cost of the pack in its models, written again
// on a language change; contact details only where the pack has them from a source; the term
// linker that makes glossary terms tappable in any display text, in every script the app shows.
class TestJourneyGuide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_languages = std::make_unique<LanguageController>(nullptr);
        QVERIFY(m_languages->apply(u"en"_qs));
        m_guide = std::make_unique<JourneyGuide>(pack(), *m_languages, nullptr);
    }
    void cleanup()
    {
        m_guide.reset();
        m_languages.reset();
    }

    void modelsCarryEveryPackEntryInTheUsersLanguage()
    {
        const rules::Journey &journey = pack().journey;
        QCOMPARE(journey.help.size(), 9);
        QCOMPARE(journey.glossary.size(), 35);
        QCOMPARE(journey.costs.size(), 7);
        QAbstractItemModelTester helpTester(m_guide->help());
        QAbstractItemModelTester glossaryTester(m_guide->glossary());
        QAbstractItemModelTester costTester(m_guide->costs());

        QCOMPARE(m_guide->help()->rowCount(), journey.help.size());
        for (int i = 0; i < journey.help.size(); ++i) {
            const HelpRow &row = m_guide->help()->rowAt(i);
            QCOMPARE(row.id, journey.help[i].id); // pack order
            QCOMPARE(row.name, journey.help[i].name);
            QCOMPARE(row.text, JourneyTexts::text(journey.help[i].textKey));
            QVERIFY(!row.text.isEmpty());
        }
        QCOMPARE(m_guide->glossary()->rowCount(), journey.glossary.size());
        QStringList ids;
        for (const GlossaryRow &row : m_guide->glossary()->rows()) {
            const rules::GlossarySpec *spec = journey.term(row.id);
            QVERIFY2(spec, qPrintable(row.id));
            QCOMPARE(row.term, spec->term);
            QCOMPARE(row.explanation, JourneyTexts::text(spec->textKey));
            QVERIFY(!row.explanation.isEmpty());
            ids << row.id;
        }
        ids.removeDuplicates();
        QCOMPARE(ids.size(), journey.glossary.size());
        QCOMPARE(m_guide->costs()->rowCount(), journey.costs.size());
        for (int i = 0; i < journey.costs.size(); ++i) {
            QCOMPARE(m_guide->costs()->rowAt(i).id, journey.costs[i].id);
            QCOMPARE(m_guide->costs()->rowAt(i).text, JourneyTexts::text(journey.costs[i].textKey));
        }
        // Roles are typed values, by name.
        const QModelIndex first = m_guide->help()->index(0);
        QCOMPARE(first.data(HelpModel::NameRole).toString(), journey.help[0].name);
        QCOMPARE(m_guide->help()->roleNames().value(HelpModel::HoursRole), QByteArray("hours"));
    }

    // The reader looks a Dutch word up as in a dictionary: the Dutch alphabet, case and accents aside.
    void theGlossaryIsInDutchAlphabeticalOrder()
    {
        QCollator collator { QLocale(QLocale::Dutch, QLocale::Netherlands) };
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto &rows = m_guide->glossary()->rows();
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY2(collator.compare(rows[i - 1].term, rows[i].term) <= 0, qPrintable(rows[i].term));
        QCOMPARE(rows.constFirst().term, u"a-status"_qs);
        QCOMPARE(rows.constLast().term, u"zienswijze"_qs);
        const auto at = [&rows](const QString &term) {
            return std::find_if(rows.cbegin(), rows.cend(),
                                [&](const GlossaryRow &r) { return r.term == term; }) -
                rows.cbegin();
        };
        QVERIFY(at(u"beëdigd vertaler"_qs) < at(u"beroep"_qs)); // ë sorts as e
    }

    void contactsOnlyWhereTheSourceGivesThem()
    {
        int withContact = 0;
        for (const rules::HelpSpec &spec : pack().journey.help) {
            const HelpRow &row = m_guide->help()->rowAt(indexOf(spec.id));
            const QModelIndex index = m_guide->help()->index(indexOf(spec.id));
            if (!spec.contact) {
                QVERIFY2(row.phone.isEmpty() && row.phoneUri.isEmpty() && row.address.isEmpty() &&
                             row.hours.isEmpty() && row.checked.isEmpty(),
                         qPrintable(spec.id));
                QVERIFY(!index.data(HelpModel::HasContactRole).toBool());
                continue;
            }
            ++withContact;
            QVERIFY(index.data(HelpModel::HasContactRole).toBool());
            QCOMPARE(row.phone, spec.contact->phone);
            QCOMPARE(row.address, spec.contact->address);
            QCOMPARE(row.hours.size(), spec.contact->hours.size());
            const rules::Source *source = pack().source(spec.contact->source);
            QVERIFY(source && source->checked.isValid());
            QCOMPARE(row.checked, m_languages->dates().format(source->checked).oneLine());
        }
        QVERIFY(withContact >= 1);
        // The one sourced number today: the Juridisch Loket, every day 9 to 18.
        const HelpRow &loket = m_guide->help()->rowAt(indexOf(u"juridischLoket"_qs));
        QCOMPARE(loket.phone, u"0900-8020"_qs);
        QCOMPARE(loket.phoneUri, u"tel:09008020"_qs);
        QCOMPARE(loket.hours, QStringList { u"Monday to Sunday: 09:00 to 18:00"_qs });
        QVERIFY2(loket.checked.contains(u"2026"_qs), qPrintable(loket.checked));
        QCOMPARE(m_guide->rulesAsOf(), m_languages->dates().format(pack().rulesAsOf).oneLine());
    }

    void amountsOnlyWhereTheSourceGivesThem()
    {
        for (const rules::CostSpec &spec : pack().journey.costs) {
            const auto it = std::find_if(m_guide->costs()->rows().cbegin(), m_guide->costs()->rows().cend(),
                                         [&](const CostRow &row) { return row.id == spec.id; });
            QVERIFY(it != m_guide->costs()->rows().cend());
            QCOMPARE(it->amount.isEmpty(), !spec.amount.has_value());
        }
        QCOMPARE(costRow(u"nareisFee"_qs).amount, u"€0"_qs);
        QVERIFY(costRow(u"swornTranslation"_qs).amount.isEmpty());
    }

    // Issue 19 item 5: the guide costs nothing at start-up (no Dutch collator, no dates) until a
    // page asks for its rows, and then they are in the language of that moment.
    void rowsAreWrittenWhenFirstAskedFor()
    {
        QVERIFY(!m_guide->isWritten());
        QVERIFY(m_languages->apply(u"ar"_qs));
        QVERIFY(!m_guide->isWritten());
        QVERIFY(m_guide->glossary()->rowCount() > 0);
        QVERIFY(m_guide->isWritten());
        QVERIFY2(glossaryRow(u"bezwaar"_qs).explanation.contains(u"اعتراض"_qs),
                 qPrintable(glossaryRow(u"bezwaar"_qs).explanation));
    }

    void rowsAreWrittenAgainInANewLanguage()
    {
        QSignalSpy texts(m_guide.get(), &JourneyGuide::textsChanged);
        QSignalSpy glossaryChanged(m_guide->glossary(), &QAbstractItemModel::dataChanged);
        QSignalSpy helpChanged(m_guide->help(), &QAbstractItemModel::dataChanged);
        const QString english = glossaryRow(u"bezwaar"_qs).explanation;
        QVERIFY(m_languages->apply(u"ar"_qs));
        QCOMPARE(texts.count(), 1);
        QVERIFY(glossaryChanged.count() > 0);
        QVERIFY(helpChanged.count() > 0);
        const QString arabic = glossaryRow(u"bezwaar"_qs).explanation;
        QVERIFY(arabic != english);
        QVERIFY2(arabic.contains(u"اعتراض"_qs), qPrintable(arabic));
        QCOMPARE(glossaryRow(u"bezwaar"_qs).term, u"bezwaar"_qs); // the Dutch word stays
        // Day names and times in Arabic, dates and amounts in Arabic-Indic digits.
        const HelpRow &loket = m_guide->help()->rowAt(indexOf(u"juridischLoket"_qs));
        QVERIFY2(loket.hours.constFirst().contains(u"الاثنين"_qs), qPrintable(loket.hours.constFirst()));
        QVERIFY2(loket.hours.constFirst().contains(u"٠٩:٠٠"_qs), qPrintable(loket.hours.constFirst()));
        QCOMPARE(loket.phone, u"0900-8020"_qs); // dialled as written
        QVERIFY2(m_guide->rulesAsOf().contains(u"٢٠٢٦"_qs), qPrintable(m_guide->rulesAsOf()));
        QVERIFY2(loket.checked.contains(u"٢٠٢٦"_qs), qPrintable(loket.checked));
        QVERIFY2(costRow(u"nareisFee"_qs).amount.contains(u"٠"_qs),
                 qPrintable(costRow(u"nareisFee"_qs).amount));
        QVERIFY(costRow(u"nareisFee"_qs).amount.contains(u"€"_qs));
        QVERIFY(m_languages->apply(u"ti"_qs));
        QVERIFY2(glossaryRow(u"bezwaar"_qs).explanation.contains(u"ተቓውሞ"_qs),
                 qPrintable(glossaryRow(u"bezwaar"_qs).explanation));
        QVERIFY(m_languages->apply(u"fa_AF"_qs));
        // Dari: the Persian calendar follows the Gregorian date.
        QVERIFY2(m_guide->rulesAsOf().contains(u"۱۴۰۵"_qs), qPrintable(m_guide->rulesAsOf()));
    }

    void theLinkerEscapesTextFirst()
    {
        QCOMPARE(m_guide->linkTerms(u"a < b & c > d"_qs), u"a &lt; b &amp; c &gt; d"_qs);
        QCOMPARE(m_guide->linkTerms(u"<b>mvv</b>"_qs), u"&lt;b&gt;<a href=\"term:mvv\">mvv</a>&lt;/b&gt;"_qs);
        QCOMPARE(m_guide->linkTerms(u"<a href=\"x\">IND</a>"_qs),
                 u"&lt;a href=&quot;x&quot;&gt;<a href=\"term:ind\">IND</a>&lt;/a&gt;"_qs);
        QCOMPARE(m_guide->linkTerms(u"one\ntwo"_qs), u"one<br>two"_qs);
    }

    void theLinkerLeavesTextWithoutTermsUnchanged()
    {
        const QString plain = u"Your family keeps their passports safe."_qs;
        QCOMPARE(m_guide->linkTerms(plain), plain);
        QCOMPARE(m_guide->linkTerms(QString()), QString());
    }

    void theLinkerLinksWholeWordsOnly()
    {
        QCOMPARE(m_guide->linkTerms(u"INDIA and nareizigers and mvvs"_qs),
                 u"INDIA and nareizigers and mvvs"_qs);
        QCOMPARE(m_guide->linkTerms(u"xIND IND2"_qs), u"xIND IND2"_qs);
        QCOMPARE(m_guide->linkTerms(u"the IND."_qs), u"the <a href=\"term:ind\">IND</a>."_qs);
        QCOMPARE(m_guide->linkTerms(u"(mvv)"_qs), u"(<a href=\"term:mvv\">mvv</a>)"_qs);
        // Case is the writer's: kept in the text, ignored for matching.
        QCOMPARE(m_guide->linkTerms(u"Nareis is free"_qs), u"<a href=\"term:nareis\">Nareis</a> is free"_qs);
    }

    void theLinkerTakesTheLongestMatch()
    {
        const TermLinker linker({ { u"short"_qs, u"herstel"_qs }, { u"long"_qs, u"herstel verzuim"_qs } });
        QCOMPARE(linker.link(u"a herstel verzuim letter"_qs),
                 u"a <a href=\"term:long\">herstel verzuim</a> letter"_qs);
        QCOMPARE(linker.link(u"herstel only"_qs), u"<a href=\"term:short\">herstel</a> only"_qs);
        // In the pack: "inburgeringsexamen buitenland", not a shorter word inside it.
        QCOMPARE(m_guide->linkTerms(u"herstel verzuim"_qs),
                 u"<a href=\"term:herstelVerzuim\">herstel verzuim</a>"_qs);
    }

    // The terms stay in Latin letters inside Arabic, Dari and Tigrinya sentences, also with a
    // Tigrinya prefix written onto them ("ንIND", "ንnareis"): checked on the real translations.
    void theLinkerFindsTermsInsideOtherScripts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("termId");
        QTest::newRow("ar mvv") << u"ar"_qs << u"phase.decidedYes.what"_qs << u"mvv"_qs;
        QTest::newRow("fa_AF bezwaar") << u"fa_AF"_qs << u"letter.decisionNo.todo"_qs << u"bezwaar"_qs;
        QTest::newRow("ti mvv") << u"ti"_qs << u"phase.decidedYes.what"_qs << u"mvv"_qs;
        QTest::newRow("ti bezwaar") << u"ti"_qs << u"letter.decisionNo.todo"_qs << u"bezwaar"_qs;
    }
    void theLinkerFindsTermsInsideOtherScripts()
    {
        QFETCH(QString, language);
        QFETCH(QString, key);
        QFETCH(QString, termId);
        QVERIFY(m_languages->apply(language));
        const QString text = JourneyTexts::text(key);
        QVERIFY2(!text.isEmpty(), qPrintable(key));
        const QString linked = m_guide->linkTerms(text);
        QVERIFY2(linked.contains(u"href=\"term:%1\""_qs.arg(termId)), qPrintable(linked));
        // Nothing but the links was added.
        QString stripped = linked;
        stripped.remove(QRegularExpression(u"<a href=\"term:[A-Za-z]+\">|</a>"_qs));
        QCOMPARE(stripped, text.toHtmlEscaped());
    }
    // Every journey text in every language: linking adds links and nothing else, and every term
    // the pack's glossary has is found somewhere in the English texts. Prints the time it takes.
    void theLinkerOnlyAddsLinksToEveryJourneyText()
    {
        QElapsedTimer timer;
        qint64 elapsed = 0;
        int texts = 0;
        QSet<QString> linkedIds;
        for (const QString &language : { u"en"_qs, u"ar"_qs, u"ti"_qs, u"fa_AF"_qs, u"nl"_qs }) {
            QVERIFY(m_languages->apply(language));
            for (const QString &key : JourneyTexts::keys()) {
                const QString text = JourneyTexts::text(key);
                timer.start();
                const QString linked = m_guide->linkTerms(text);
                elapsed += timer.nsecsElapsed();
                ++texts;
                QString stripped = linked;
                static const QRegularExpression link(u"<a href=\"term:([A-Za-z]+)\">|</a>"_qs);
                for (auto it = link.globalMatch(linked); it.hasNext();) {
                    const auto match = it.next();
                    if (!match.captured(1).isEmpty())
                        linkedIds.insert(match.captured(1));
                }
                stripped.remove(link);
                QCOMPARE(stripped, text.toHtmlEscaped().replace(u'\n', u"<br>"_qs));
            }
        }
        QVERIFY(linkedIds.contains(u"herstelVerzuim"_qs) && linkedIds.contains(u"mvv"_qs));
        qInfo("linked %d texts in %.1f us each; %d of %d terms occur in them", texts,
              double(elapsed) / texts / 1000.0, int(linkedIds.size()), int(pack().journey.glossary.size()));
    }

    void theLinkerTakesATigrinyaPrefixAsAWordBoundary()
    {
        QCOMPARE(m_guide->linkTerms(u"ንIND ሓብሩ"_qs), u"ን<a href=\"term:ind\">IND</a> ሓብሩ"_qs);
        QCOMPARE(m_guide->linkTerms(u"ንnareis ምሕታት"_qs), u"ን<a href=\"term:nareis\">nareis</a> ምሕታት"_qs);
        QCOMPARE(m_guide->linkTerms(u"لـIND"_qs), u"لـ<a href=\"term:ind\">IND</a>"_qs);
    }

    void aTappedTermGivesItsExplanation()
    {
        const GlossaryEntry byLink = m_guide->term(u"term:herstelVerzuim"_qs);
        QCOMPARE(byLink.id, u"herstelVerzuim"_qs);
        QCOMPARE(byLink.term, u"herstel verzuim"_qs);
        QCOMPARE(byLink.explanation, JourneyTexts::text(u"glossary.herstelVerzuim"_qs));
        QCOMPARE(m_guide->term(u"mvv"_qs).term, u"mvv"_qs);
        QVERIFY(m_guide->term(u"term:nothing"_qs).id.isEmpty());
        QVERIFY(m_guide->term(u"https://example.org"_qs).id.isEmpty());
    }

    void theFilterFindsTermsIgnoringCaseAndAccents()
    {
        GlossaryFilter filter(m_guide->glossary(), nullptr);
        QAbstractItemModelTester tester(&filter);
        QSignalSpy count(&filter, &GlossaryFilter::countChanged);
        QCOMPARE(filter.count(), 35);
        filter.setText(u"BEEDIGD"_qs);
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.rowAt(0).id, u"beedigdVertaler"_qs);
        QCOMPARE(count.count(), 1);
        filter.setText(u"translator"_qs); // in the explanation
        QVERIFY(filter.count() >= 1);
        filter.setText(u"no such word"_qs);
        QCOMPARE(filter.count(), 0);
        filter.setText(QString());
        QCOMPARE(filter.count(), 35);
        // It follows the glossary into a new language: Arabic explanation words find their term.
        filter.setText(u"اعتراض"_qs);
        QCOMPARE(filter.count(), 0);
        QVERIFY(m_languages->apply(u"ar"_qs));
        QVERIFY(filter.count() >= 1);
        QVERIFY(std::any_of(filter.rows().cbegin(), filter.rows().cend(),
                            [](const GlossaryRow &row) { return row.id == u"bezwaar"; }));
    }

    void copyPutsTheNumberOnTheClipboard()
    {
        QVERIFY(QGuiApplication::clipboard());
        QGuiApplication::clipboard()->clear();
        QVERIFY(m_guide->copyToClipboard(u"0900-8020"_qs));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"0900-8020"_qs);
    }

private:
    static const rules::RulePack &pack()
    {
        const auto &bundled = rules::bundledPack();
        Q_ASSERT(bundled.pack);
        return *bundled.pack;
    }
    int indexOf(const QString &helpId) const
    {
        const auto &rows = m_guide->help()->rows();
        const auto it =
            std::find_if(rows.cbegin(), rows.cend(), [&](const HelpRow &row) { return row.id == helpId; });
        return it == rows.cend() ? -1 : int(it - rows.cbegin());
    }
    GlossaryRow glossaryRow(const QString &id) const
    {
        for (const GlossaryRow &row : m_guide->glossary()->rows()) {
            if (row.id == id)
                return row;
        }
        return {};
    }
    CostRow costRow(const QString &id) const
    {
        for (const CostRow &row : m_guide->costs()->rows()) {
            if (row.id == id)
                return row;
        }
        return {};
    }

    std::unique_ptr<LanguageController> m_languages;
    std::unique_ptr<JourneyGuide> m_guide;
};

QTEST_MAIN(TestJourneyGuide)
#include "tst_journeyguide.moc"

#include "interview/interviewcontroller.h"

#include "dossierevents.h"
#include "languagecontroller.h"
#include "locale/dateformatter.h"
#include "locale/numberformatter.h"
#include "rules/case.h"
#include "texts/interviewtexts.h"
#include "vault/answerstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

using samen::rules::InterviewStep;
using samen::rules::Question;

namespace {

const QString relationQuestion = QStringLiteral("member.relation");

QuestionKind::Value kindOf(Question::Kind kind)
{
    switch (kind) {
    case Question::Kind::YesNo:
        return QuestionKind::YesNo;
    case Question::Kind::Date:
        return QuestionKind::Date;
    case Question::Kind::Choice:
        return QuestionKind::Choice;
    case Question::Kind::Number:
        return QuestionKind::Number;
    }
    return QuestionKind::None;
}

QString subjectName(Question::Subject subject)
{
    return subject == Question::Subject::Case ? QStringLiteral("case") : QStringLiteral("sponsor");
}

QVariantMap choice(const QString &value, const QString &label, const QString &icon)
{
    return { { QStringLiteral("value"), value },
             { QStringLiteral("label"), label },
             { QStringLiteral("icon"), icon } };
}

} // namespace

InterviewController::InterviewController(const LanguageController &languages, DossierEvents &events,
                                         QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_events(events)
    , m_results(new ResultModel(this))
    , m_today(QDate::currentDate())
{
    m_answers = freshAnswers();
    const auto rewrite = [this] {
        if (m_resultShown)
            showResult();
        announceAll();
    };
    connect(&languages, &LanguageController::languageChanged, this, rewrite);
    connect(&languages, &LanguageController::datesChanged, this, rewrite);
    connect(&events, &DossierEvents::memberRemoved, this,
            [this](qint64, const QString &interviewId) { forgetMember(interviewId); });
}

InterviewController::~InterviewController() = default;

void InterviewController::announceQuestion()
{
    // Before the signal: QML re-reads a property while the signal is emitted, ahead of any slot.
    m_questionView.reset();
    Q_EMIT questionChanged();
}

void InterviewController::announceAll()
{
    Q_EMIT packChanged();
    announceQuestion();
    Q_EMIT householdChanged();
    Q_EMIT errorChanged();
    Q_EMIT resultChanged();
    Q_EMIT savingChanged();
}

void InterviewController::saved(const QString &subject)
{
    Q_EMIT householdChanged();
    if (m_store)
        Q_EMIT m_events.answersChanged(subject);
}

QJsonObject InterviewController::freshAnswers() const
{
    return { { u"today"_qs, m_today.toString(Qt::ISODate) } };
}

QString InterviewController::language() const
{
    return m_languages.language().isEmpty() ? QStringLiteral("en") : m_languages.language();
}

void InterviewController::setDatabase(samen::vault::Database *db)
{
    m_store.reset(db ? new samen::vault::AnswerStore(*db) : nullptr);
    m_answers = freshAnswers();
    m_current.reset();
    m_error.clear();
    m_resultShown = false;
    m_results->setRows({});
    m_deadlineText.clear();
    if (m_store && m_pack)
        restore();
    announceAll();
}

void InterviewController::setToday(QDate today)
{
    m_today = today;
    m_answers.insert(QStringLiteral("today"), today.toString(Qt::ISODate));
    announceQuestion();
    Q_EMIT householdChanged();
}

void InterviewController::start()
{
    if (!m_pack && m_loadError.isEmpty()) {
        const auto &bundled = samen::rules::bundledPack();
        if (!bundled.pack) {
            m_loadError = bundled.error;
            Q_EMIT packChanged();
            return;
        }
        m_pack = &*bundled.pack;
        m_interview = std::make_unique<samen::rules::Interview>(*m_pack);
        if (m_store)
            restore();
    }
    if (m_pack && !m_current && !isStarted())
        m_current = m_interview->nextQuestion(m_answers);
    announceAll();
}

void InterviewController::restore()
{
    m_answers = m_store->load(*m_pack);
    m_answers.insert(u"today"_qs, m_today.toString(Qt::ISODate));
    m_current = m_interview->nextQuestion(m_answers);
}

bool InterviewController::isStarted() const
{
    return m_answers.size() > 1;
}

bool InterviewController::isFinished() const
{
    return m_interview && !m_answers.value(u"members"_qs).toArray().isEmpty() &&
        !m_interview->nextQuestion(m_answers);
}

const Question *InterviewController::currentQuestion() const
{
    return m_current && m_pack ? m_pack->question(m_current->questionId) : nullptr;
}

QString InterviewController::questionId() const
{
    return m_current ? m_current->questionId : QString();
}

QuestionView InterviewController::question() const
{
    // Every binding of the question page reads this property: made once per questionChanged().
    if (!m_questionView)
        m_questionView = makeQuestionView();
    return *m_questionView;
}

QuestionView InterviewController::makeQuestionView() const
{
    QuestionView view;
    if (!currentQuestion())
        return view;
    view.id = questionId();
    view.kind = questionKind();
    view.text = questionText();
    view.help = helpText();
    view.why = whyText();
    view.memberLabel = memberLabel();
    view.memberIcon = memberIcon();
    if (m_current->memberIndex >= 0)
        view.memberId = memberIdAt(m_current->memberIndex);
    view.options = options();
    view.answer = currentAnswer();
    view.answerUnknown = isCurrentAnswerUnknown();
    const auto section = sectionSteps(m_current->memberIndex);
    view.progressText = progressTextIn(section);
    view.progress = progressIn(section);
    view.latestDate = latestDate();
    view.suggestedYear = suggestedYear();
    return view;
}

QuestionKind::Value InterviewController::questionKind() const
{
    const Question *question = currentQuestion();
    return question ? kindOf(question->kind) : QuestionKind::None;
}

QString InterviewController::questionText() const
{
    const Question *question = currentQuestion();
    return question ? InterviewTexts::text(question->textKey) : QString();
}

QString InterviewController::helpText() const
{
    return InterviewTexts::help(questionId());
}

QString InterviewController::whyText() const
{
    const Question *question = currentQuestion();
    return question ? InterviewTexts::text(question->whyKey) : QString();
}

QString InterviewController::memberIdAt(int index) const
{
    return m_answers.value(u"members"_qs).toArray().at(index).toObject().value(u"id"_qs).toString();
}

QString InterviewController::memberRelationAt(int index) const
{
    const QJsonArray members = m_answers.value(u"members"_qs).toArray();
    return members.at(index).toObject().value(u"relation"_qs).toString();
}

QString InterviewController::memberLabelAt(int index) const
{
    const QString relation = memberRelationAt(index);
    const QString noun = relation.isEmpty() ? QCoreApplication::translate("InterviewTexts", "Family member")
                                            : InterviewTexts::relationNoun(relation);
    const QJsonArray members = m_answers.value(u"members"_qs).toArray();
    int sameBefore = 0;
    int same = 0;
    for (int i = 0; i < members.size(); ++i) {
        if (memberRelationAt(i) == relation) {
            ++same;
            sameBefore += i < index ? 1 : 0;
        }
    }
    if (same < 2)
        return noun;
    const auto &digits = samen::locale::NumberFormatter::forLanguage(language());
    return noun + u' ' + digits.formatDigits(sameBefore + 1);
}

QString InterviewController::memberLabel() const
{
    return m_current && m_current->memberIndex >= 0 ? memberLabelAt(m_current->memberIndex) : QString();
}

QString InterviewController::memberIcon() const
{
    return m_current && m_current->memberIndex >= 0
        ? InterviewTexts::relationIcon(memberRelationAt(m_current->memberIndex))
        : QString();
}

QVariantList InterviewController::options() const
{
    const Question *question = currentQuestion();
    if (!question || question->kind != Question::Kind::Choice)
        return {};
    QVariantList list;
    for (const QString &value : m_interview->optionsFor(m_answers, *m_current)) {
        if (const int member = memberIndexOf(value); question->optionsFrom == u"partners" && member >= 0) {
            list.append(
                choice(value, memberLabelAt(member), InterviewTexts::relationIcon(memberRelationAt(member))));
        } else {
            const bool relation = question->id == relationQuestion;
            list.append(choice(value, InterviewTexts::optionLabel(question->id, value),
                               relation ? InterviewTexts::relationIcon(value) : QString()));
        }
    }
    return list;
}

QVariant InterviewController::currentAnswer() const
{
    if (!m_current || !m_interview)
        return {};
    const QJsonValue value = m_interview->answerOf(m_answers, *m_current);
    return value.isUndefined() || value.isNull() ? QVariant() : value.toVariant();
}

bool InterviewController::isCurrentAnswerUnknown() const
{
    return m_current && m_interview && m_interview->answerOf(m_answers, *m_current).isNull();
}

QList<InterviewStep> InterviewController::sectionSteps(int memberIndex) const
{
    QList<InterviewStep> section;
    for (const InterviewStep &step : m_interview->steps(m_answers)) {
        if (step.memberIndex == memberIndex)
            section.append(step);
    }
    return section;
}

std::optional<InterviewStep> InterviewController::nextUnanswered(int memberIndex) const
{
    for (const InterviewStep &step : sectionSteps(memberIndex)) {
        if (!m_interview->isAnswered(m_answers, step))
            return step;
    }
    return m_interview->nextQuestion(m_answers);
}

QString InterviewController::progressText() const
{
    if (!m_current || !m_interview)
        return {};
    return progressTextIn(sectionSteps(m_current->memberIndex));
}

QString InterviewController::progressTextIn(const QList<InterviewStep> &section) const
{
    const auto &digits = samen::locale::NumberFormatter::forLanguage(language());
    const QString position = digits.formatDigits(section.indexOf(*m_current) + 1);
    const QString total = digits.formatDigits(section.size());
    if (m_current->memberIndex < 0)
        return QCoreApplication::translate("InterviewTexts", "About you: question %1 of %2")
            .arg(position, total);
    const int people = int(m_answers.value(u"members"_qs).toArray().size());
    return QCoreApplication::translate("InterviewTexts", "Person %1 of %2: question %3 of %4")
        .arg(digits.formatDigits(m_current->memberIndex + 1), digits.formatDigits(people), position, total);
}

double InterviewController::progress() const
{
    if (!m_interview)
        return 0;
    if (!m_current)
        return 1;
    return progressIn(sectionSteps(m_current->memberIndex));
}

double InterviewController::progressIn(const QList<InterviewStep> &section) const
{
    return section.isEmpty() ? 0 : double(section.indexOf(*m_current)) / double(section.size());
}

QString InterviewController::latestDate() const
{
    const Question *question = currentQuestion();
    const bool past =
        question && question->kind == Question::Kind::Date && question->sets != u"applicationDate";
    return past ? m_today.toString(Qt::ISODate) : QString();
}

int InterviewController::suggestedYear() const
{
    const Question *question = currentQuestion();
    const int year = m_today.year();
    if (!question || question->sets != u"birthDate")
        return year;
    const QDate sponsorBirth = QDate::fromString(
        m_answers.value(u"sponsor"_qs).toObject().value(u"birthDate"_qs).toString(), Qt::ISODate);
    const int sponsorYear = sponsorBirth.isValid() ? sponsorBirth.year() : year - 30;
    if (question->subject == Question::Subject::Sponsor)
        return year - 30;
    const QString relation = memberRelationAt(m_current->memberIndex);
    if (relation == u"parent")
        return sponsorYear - 25;
    if (relation == u"spouse" || relation == u"partner" || relation == u"sibling")
        return sponsorYear;
    return year - 10;
}

int InterviewController::memberIndexOf(const QString &id) const
{
    const QJsonArray members = m_answers.value(u"members"_qs).toArray();
    for (int i = 0; i < members.size(); ++i) {
        if (members.at(i).toObject().value(u"id"_qs).toString() == id)
            return i;
    }
    return -1;
}

bool InterviewController::canGoBack() const
{
    if (!m_interview)
        return false;
    if (!m_current)
        return !m_interview->steps(m_answers).isEmpty();
    return m_interview->previousQuestion(m_answers, *m_current).has_value();
}

QVariantList InterviewController::members() const
{
    QVariantList list;
    const int count = int(m_answers.value(u"members"_qs).toArray().size());
    for (int i = 0; i < count; ++i)
        list.append(
            choice(memberIdAt(i), memberLabelAt(i), InterviewTexts::relationIcon(memberRelationAt(i))));
    return list;
}

QVariantList InterviewController::relations() const
{
    QVariantList list;
    for (const auto *relation : { "spouse", "partner", "child", "parent", "sibling", "adopted_child",
                                  "foster_child", "partner_child" }) {
        const QString value = QString::fromLatin1(relation);
        list.append(choice(value, InterviewTexts::relationNoun(value), InterviewTexts::relationIcon(value)));
    }
    return list;
}

QString InterviewController::rulesAsOfText() const
{
    if (!m_pack)
        return {};
    return QCoreApplication::translate("InterviewTexts", "Rules as of %1").arg(dateText(m_pack->rulesAsOf));
}

QString InterviewController::dateText(QDate date) const
{
    return m_languages.dates().format(date).oneLine();
}

bool InterviewController::record(const QJsonValue &value)
{
    const Question *question = currentQuestion();
    if (!question)
        return false;
    const InterviewStep step = *m_current;
    const bool revised = m_interview->isAnswered(m_answers, step);
    const auto result = m_interview->answer(m_answers, step, value);
    if (!result.error.isEmpty()) {
        m_error = InterviewTexts::answerProblem(result.error);
        Q_EMIT errorChanged();
        return false;
    }
    const bool hadError = !m_error.isEmpty();
    m_error.clear();
    m_answers = result.answers;
    const QString memberId = step.memberIndex >= 0
        ? m_answers.value(u"members"_qs).toArray().at(step.memberIndex).toObject().value(u"id"_qs).toString()
        : QString();
    if (m_store && !m_store->saveAnswer(*question, memberId, value))
        qWarning("Samen: an interview answer could not be saved");
    if (hadError)
        Q_EMIT errorChanged();
    if (revised)
        moveAfter(step);
    else
        moveToNextUnanswered(step.memberIndex);
    saved(memberId.isEmpty() ? subjectName(question->subject) : memberId);
    return true;
}

void InterviewController::moveToNextUnanswered(int memberIndex)
{
    m_current = nextUnanswered(memberIndex);
    m_resultShown = false;
    announceQuestion();
}

void InterviewController::moveAfter(const InterviewStep &step)
{
    // Within one person's questions Next walks on; after that person's last question it goes to
    // what is still unanswered (or back to the list of people), never into another person's answers.
    const auto section = sectionSteps(step.memberIndex);
    const auto index = section.indexOf(step);
    if (index >= 0 && index + 1 < section.size())
        m_current = section.at(index + 1);
    else
        m_current = nextUnanswered(step.memberIndex);
    m_resultShown = false;
    announceQuestion();
}

bool InterviewController::answer(const QVariant &value)
{
    return record(QJsonValue::fromVariant(value));
}

bool InterviewController::dontKnow()
{
    return record(QJsonValue(QJsonValue::Null));
}

void InterviewController::next()
{
    if (m_current && m_interview->isAnswered(m_answers, *m_current)) {
        m_error.clear();
        Q_EMIT errorChanged();
        moveAfter(*m_current);
    }
}

void InterviewController::back()
{
    if (!m_interview)
        return;
    m_error.clear();
    if (!m_current) {
        const auto steps = m_interview->steps(m_answers);
        if (!steps.isEmpty())
            m_current = steps.constLast();
    } else if (const auto previous = m_interview->previousQuestion(m_answers, *m_current)) {
        m_current = previous;
    }
    Q_EMIT errorChanged();
    announceQuestion();
}

bool InterviewController::addMember(const QString &relation)
{
    if (!m_interview || !InterviewTexts::relationNoun(relation).size())
        return false;
    QJsonArray members = m_answers.value(u"members"_qs).toArray();
    if (members.size() >= samen::rules::maxMembers) {
        // The rules take at most maxMembers people: say so instead of a tap that does nothing.
        const QString limit = samen::locale::NumberFormatter::forLanguage(m_languages.language())
                                  .formatInteger(samen::rules::maxMembers);
        m_error =
            tr("Samen can keep up to %1 people. Remove a person before you add another one.").arg(limit);
        Q_EMIT errorChanged();
        return false;
    }
    int highest = 0;
    QStringList ids;
    for (const QJsonValue &member : members) {
        const QString id = member.toObject().value(u"id"_qs).toString();
        ids.append(id);
        highest = std::max(highest, id.mid(1).toInt());
    }
    const QString id = QStringLiteral("m%1").arg(highest + 1);
    const QJsonObject withMember = samen::rules::Interview::addMember(m_answers, id);
    const InterviewStep relationStep { relationQuestion, int(members.size()) };
    const auto result = m_interview->answer(withMember, relationStep, relation);
    if (!result.error.isEmpty())
        return false;
    m_answers = result.answers;
    if (m_store) {
        ids.append(id);
        const bool saved = m_store->saveMembers(ids) &&
            m_store->saveAnswer(*m_pack->question(relationQuestion), id, relation);
        if (!saved)
            qWarning("Samen: a family member could not be saved");
    }
    m_error.clear();
    m_resultShown = false;
    m_current = nextUnanswered(int(members.size()));
    Q_EMIT errorChanged();
    announceQuestion();
    saved(id);
    return true;
}

bool InterviewController::openMember(const QString &id)
{
    const int index = memberIndexOf(id);
    return index >= 0 && openSection(index);
}

bool InterviewController::openOwnAnswers()
{
    return openSection(-1);
}

bool InterviewController::openSection(int memberIndex)
{
    if (!m_interview)
        return false;
    const auto section = sectionSteps(memberIndex);
    if (section.isEmpty())
        return false;
    m_error.clear();
    m_current = section.constFirst();
    Q_EMIT errorChanged();
    announceQuestion();
    return true;
}

bool InterviewController::removeMember(const QString &id)
{
    const int index = memberIndexOf(id);
    if (!m_interview || index < 0)
        return false;
    QJsonArray members = m_answers.value(u"members"_qs).toArray();
    members.removeAt(index);
    QStringList ids;
    for (qsizetype i = 0; i < members.size(); ++i) {
        QJsonObject member = members.at(i).toObject();
        if (member.value(u"parentId"_qs).toString() == id)
            member.remove(u"parentId"_qs);
        members.replace(i, member);
        ids.append(member.value(u"id"_qs).toString());
    }
    if (members.isEmpty())
        m_answers.remove(u"members"_qs);
    else
        m_answers.insert(u"members"_qs, members);
    if (m_store && !m_store->removeMember(id, ids))
        qWarning("Samen: a family member's answers could not be deleted");
    m_error.clear();
    m_resultShown = false;
    m_current = m_interview->nextQuestion(m_answers);
    Q_EMIT errorChanged();
    announceQuestion();
    saved(DossierEvents::allSubjects()); // other members' parentId may have gone with it
    return true;
}

ResultRow InterviewController::rowFor(const samen::rules::MemberResult &result, int memberIndex,
                                      bool applied) const
{
    ResultRow row;
    row.memberId = result.id;
    row.label = memberLabelAt(memberIndex);
    row.relationIcon = InterviewTexts::relationIcon(memberRelationAt(memberIndex));
    row.outcome = Outcome::of(result.outcome);
    row.verdict = InterviewTexts::outcomeTitle(result.outcome);
    row.verdictIcon = InterviewTexts::outcomeIcon(result.outcome);
    row.nextStep = InterviewTexts::outcomeNextStep(result.outcome, applied);
    const QString ruleId = result.rules.value(0);
    row.ruleId = ruleId;
    if (const auto *rule = m_pack->rule(ruleId)) {
        row.reason = InterviewTexts::text(rule->explanationKey);
        if (const auto *source = m_pack->source(rule->source)) {
            row.source = source->title + u'\n' + source->url + u'\n' +
                QCoreApplication::translate("InterviewTexts", "Checked on %1").arg(dateText(source->checked));
        }
    }
    if (result.earliest) {
        const qint64 days = m_today.daysTo(*result.earliest);
        row.earliest = days > 0
            ? QCoreApplication::translate("InterviewTexts",
                                          "You can apply from about %1, in about %Ln days. Check the "
                                          "exact date with a lawyer.",
                                          nullptr, int(days))
                  .arg(dateText(*result.earliest))
            : QCoreApplication::translate("InterviewTexts",
                                          "You can apply from about %1. Check the exact date with a lawyer.")
                  .arg(dateText(*result.earliest));
    }
    return row;
}

void InterviewController::updateDeadline(const samen::rules::CaseResult &result,
                                         const samen::rules::Case &input)
{
    m_deadlineText.clear();
    m_deadlinePassed = false;
    // Whoever may still come through nareis, or is not sure to (advice), needs the window shown.
    const auto matters = [](const samen::rules::MemberResult &member) {
        return member.outcome == samen::rules::Outcome::Nareis ||
            member.outcome == samen::rules::Outcome::Advice || member.rules.value(0).startsWith(u"late.");
    };
    if (!result.window || std::none_of(result.members.cbegin(), result.members.cend(), matters))
        return;
    // The window is not a day this referent must keep (subsidiary protection: the wait, then the
    // regular route), even when someone's answer is advice.
    const samen::rules::DeadlineSpec *window = m_pack->deadline(result.window->id);
    if (window && !window->appliesToStatus(input.sponsor.status.value_or(QString())))
        return;
    // The legal last day, as on Home and the dates page; the plain end of the 3 months is said too
    // when the law moves it past a weekend or a holiday (RULES-NL, rule 1).
    const QDate legal = result.window->date;
    if (!input.applicationDateKnown) { // sent, on a day the user does not know
        m_deadlineText = m_today > legal
            ? QCoreApplication::translate(
                  "InterviewTexts",
                  "The 3 months ended on %1. If you sent the application on or before that day, you were "
                  "in time. The IND letter that confirms your application shows the day.")
                  .arg(dateText(legal))
            : QCoreApplication::translate("InterviewTexts",
                                          "You applied within the 3 months, which end on %1.")
                  .arg(dateText(legal));
        return;
    }
    const bool applied = input.applicationDate < m_today;
    const QDate reference = applied ? input.applicationDate : m_today;
    m_deadlinePassed = reference > legal;
    if (applied) {
        m_deadlineText = m_deadlinePassed
            ? QCoreApplication::translate(
                  "InterviewTexts", "You applied on %1. That was after the 3 months, which ended on %2.")
                  .arg(dateText(input.applicationDate), dateText(legal))
            : QCoreApplication::translate("InterviewTexts", "You applied on %1, within the 3 months.")
                  .arg(dateText(input.applicationDate));
    } else if (m_deadlinePassed) {
        m_deadlineText = QCoreApplication::translate(
                             "InterviewTexts",
                             "The 3 months ended on %1. This is hard news, but there are still ways. A "
                             "husband, wife or child can come through the regular route, and a lawyer can "
                             "check if the IND may accept a late application. Talk to a volunteer soon.")
                             .arg(dateText(legal));
    } else {
        m_deadlineText = countdownTo(*result.window);
    }
}

QString InterviewController::countdownTo(const samen::rules::Deadline &window) const
{
    const qint64 days = m_today.daysTo(window.date);
    QString text = days > 0
        ? QCoreApplication::translate("InterviewTexts", "%Ln days left. Last day to apply: %1.", nullptr,
                                      int(days))
              .arg(dateText(window.date))
        : QCoreApplication::translate("InterviewTexts", "Apply today. Today is the last day.");
    if (window.plainDate != window.date && m_today <= window.plainDate)
        text += u' ' +
            QCoreApplication::translate("InterviewTexts",
                                        "The 3 months end on %1. That day is a Saturday, a Sunday or a "
                                        "public holiday, so the last day moves to the next working day. Do "
                                        "not wait for it: apply before %1 if you can.")
                .arg(dateText(window.plainDate));
    return text;
}

bool InterviewController::showResult()
{
    if (!m_pack)
        return false;
    const auto parsed = samen::rules::parseCase(m_answers);
    if (!parsed.value || parsed.value->members.isEmpty())
        return false;
    const auto evaluation = samen::rules::Evaluator(*m_pack).evaluate(*parsed.value);
    if (!evaluation.value)
        return false;
    QList<ResultRow> rows;
    for (int i = 0; i < evaluation.value->members.size(); ++i)
        rows.append(rowFor(evaluation.value->members.at(i), i, parsed.value->applied == true));
    m_results->setRows(rows);
    updateDeadline(*evaluation.value, *parsed.value);
    m_regimeText = InterviewTexts::text(evaluation.value->regimeReasonKey);
    m_resultShown = true;
    Q_EMIT resultChanged();
    Q_EMIT verdictsShown();
    return true;
}

void InterviewController::forgetMember(const QString &interviewId)
{
    if (!interviewId.isEmpty() && memberIndexOf(interviewId) >= 0)
        readAnswers();
}

void InterviewController::readAnswers()
{
    if (!m_store || !m_pack)
        return;
    restore();
    m_error.clear();
    if (!m_resultShown || !showResult()) {
        m_resultShown = false;
        m_results->setRows({});
        m_deadlineText.clear();
        m_regimeText.clear();
    }
    announceAll();
}

void InterviewController::restart()
{
    if (m_store && !m_store->clear())
        qWarning("Samen: the interview answers could not be deleted");
    m_answers = freshAnswers();
    m_results->setRows({});
    m_deadlineText.clear();
    m_regimeText.clear();
    m_resultShown = false;
    m_error.clear();
    m_current = m_interview ? m_interview->nextQuestion(m_answers) : std::nullopt;
    announceAll();
    if (m_store)
        Q_EMIT m_events.answersChanged(DossierEvents::allSubjects());
}

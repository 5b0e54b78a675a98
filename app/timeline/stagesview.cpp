#include "timeline/stagesview.h"

#include "timeline/phasetexts.h"
#include "timeline/timelinecontroller.h"

StagesView::StagesView(QObject *parent)
    : StagesView(*TimelineController::published(), parent)
{ }

StagesView::StagesView(TimelineController &timeline, QObject *parent)
    : QObject(parent)
    , m_timeline(&timeline)
    , m_stages(new StageModel(this))
    , m_rows(new StepListModel(this))
    , m_support(new SupportModel(this))
{
    connect(&timeline, &TimelineController::timelineChanged, this, &StagesView::read);
    connect(&timeline, &TimelineController::familyChanged, this, &StagesView::read);
}

void StagesView::setMemberId(qint64 id)
{
    if (id == m_memberId)
        return;
    m_memberId = id;
    Q_EMIT memberIdChanged();
    read();
}

void StagesView::read()
{
    if (!m_timeline)
        return;
    const TimelineController &timeline = *m_timeline;
    m_exists = timeline.hasMember(m_memberId);
    m_memberName = m_exists ? timeline.memberName(m_memberId) : QString();
    const QList<StageRow> stages = timeline.stageRows(m_memberId);
    m_stages->setRows(stages);
    QList<std::pair<qint64, QString>> members;
    for (const samen::dossier::FamilyMember &member : timeline.familyMembers())
        members.append({ member.id, timeline.memberName(member.id) });
    m_rows->setRows(members, m_exists, stages);
    const samen::rules::RulePack *pack = timeline.rulePack();
    const QString phaseId = m_exists ? timeline.phaseOf(m_memberId) : QString();
    const samen::rules::PhaseSpec *spec = pack ? pack->journey.phase(phaseId) : nullptr;
    const QList<DeadlineRow> dates =
        spec ? timeline.deadlinesOf(m_memberId, spec->deadlines) : QList<DeadlineRow>();
    m_phase = pack && m_exists ? PhaseTexts::info(*pack, phaseId, dates) : PhaseInfo();
    m_support->setRows(pack && m_exists ? PhaseTexts::support(*pack, phaseId) : QList<SupportRow>());
    m_receiptLetterDate = timeline.receiptLetterDate(m_memberId);
    m_canUseReceiptLetter =
        m_exists && timeline.stageDate(m_memberId, QStringLiteral("applicationFiled")).isValid();
    Q_EMIT viewChanged();
}

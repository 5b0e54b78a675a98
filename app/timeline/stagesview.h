#pragma once

#include "timeline/phaseinfo.h"
#include "timeline/stagemodel.h"
#include "timeline/steplistmodel.h"
#include "timeline/supportmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

class TimelineController;

/**
 * One family member's procedure for the page that shows it: their steps with dates, the phase
 * they are in (what happens, what to do now, what the family abroad does, the phase's dates),
 * the support texts of that phase and the receipt letter's date. Created by the page
 * (`StagesView { memberId: root.memberId }`), it follows TimelineController: after a removal
 * `exists` turns false and the lists are empty.
 */
class StagesView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The family row id of the member shown; 0 for none. */
    Q_PROPERTY(double memberId READ qmlMemberId WRITE setQmlMemberId NOTIFY memberIdChanged)
    /** True while the member is in the family. */
    Q_PROPERTY(bool exists READ exists NOTIFY viewChanged)
    /** The member's name (or relation). */
    Q_PROPERTY(QString memberName READ memberName NOTIFY viewChanged)
    /** The member's steps, in the order they happen. */
    Q_PROPERTY(StageModel *stages READ stages CONSTANT)
    /**
     * The steps page's list: every family member to choose, then (while the member exists) the
     * phase row and the member's steps.
     */
    Q_PROPERTY(StepListModel *rows READ rows CONSTANT)
    /** The phase the member is in. */
    Q_PROPERTY(PhaseInfo phase READ phase NOTIFY viewChanged)
    /** The support texts offered in that phase. */
    Q_PROPERTY(SupportModel *support READ support CONSTANT)
    /** The receipt letter's decision date (ISO); empty when not entered. */
    Q_PROPERTY(QString receiptLetterDate READ receiptLetterDate NOTIFY viewChanged)
    /** True when the member has an application date (so a receipt letter can exist). */
    Q_PROPERTY(bool canUseReceiptLetter READ canUseReceiptLetter NOTIFY viewChanged)

public:
    /** A view on the published TimelineController (for QML). */
    explicit StagesView(QObject *parent = nullptr);
    /** A view on @p timeline, which must outlive it. */
    explicit StagesView(TimelineController &timeline, QObject *parent = nullptr);

    [[nodiscard]] qint64 memberId() const { return m_memberId; }
    void setMemberId(qint64 id);
    [[nodiscard]] bool exists() const { return m_exists; }
    [[nodiscard]] QString memberName() const { return m_memberName; }
    [[nodiscard]] StageModel *stages() const { return m_stages; }
    [[nodiscard]] StepListModel *rows() const { return m_rows; }
    [[nodiscard]] PhaseInfo phase() const { return m_phase; }
    [[nodiscard]] SupportModel *support() const { return m_support; }
    [[nodiscard]] QString receiptLetterDate() const { return m_receiptLetterDate; }
    [[nodiscard]] bool canUseReceiptLetter() const { return m_canUseReceiptLetter; }

Q_SIGNALS:
    /** memberId was set. */
    void memberIdChanged();
    /** What is shown of the member was read again. */
    void viewChanged();

private:
    // Row ids pass QML as double (qmllint of Qt 6.4 knows no qint64); exact below 2^53.
    [[nodiscard]] double qmlMemberId() const { return double(m_memberId); }
    void setQmlMemberId(double id) { setMemberId(qint64(id)); }
    void read();

    QPointer<TimelineController> m_timeline;
    StageModel *m_stages;
    StepListModel *m_rows;
    SupportModel *m_support;
    qint64 m_memberId = 0;
    bool m_exists = false;
    QString m_memberName;
    PhaseInfo m_phase;
    QString m_receiptLetterDate;
    bool m_canUseReceiptLetter = false;
};

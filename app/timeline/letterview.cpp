#include "timeline/letterview.h"

#include "timeline/timelinecontroller.h"

LetterView::LetterView(QObject *parent)
    : LetterView(*TimelineController::published(), parent)
{ }

LetterView::LetterView(TimelineController &timeline, QObject *parent)
    : QObject(parent)
    , m_timeline(&timeline)
{
    connect(&timeline, &TimelineController::timelineChanged, this, &LetterView::read);
}

void LetterView::setLetterId(const QString &id)
{
    if (id == m_letterId)
        return;
    m_letterId = id;
    Q_EMIT letterIdChanged();
    read();
}

void LetterView::read()
{
    if (!m_timeline)
        return;
    m_letter = m_timeline->letters()->letter(m_letterId);
    Q_EMIT letterChanged();
}

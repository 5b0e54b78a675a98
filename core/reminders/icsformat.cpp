#include "reminders/icsformat.h"

namespace samen::reminders::ics {

namespace {

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

QString durationText(int minutes)
{
    const int days = minutes / (24 * 60);
    const int hours = (minutes / 60) % 24;
    const int rest = minutes % 60;
    QString text = QStringLiteral("P");
    if (days > 0)
        text += QString::number(days) + u'D';
    if (hours > 0 || rest > 0) {
        text += u'T';
        if (hours > 0)
            text += QString::number(hours) + u'H';
        if (rest > 0)
            text += QString::number(rest) + u'M';
    }
    if (minutes == 0)
        text += QStringLiteral("T0S");
    return text;
}

} // namespace

QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            escaped += u'\\' + QString(c);
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else if (c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F)) // TEXT holds no other controls
            escaped += c;
    }
    return escaped;
}

QByteArray contentLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    qsizetype start = 0;
    int limit = maxLineOctets;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && isContinuationByte(utf8.at(cut)))
            --cut;
        folded += utf8.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = maxLineOctets - 1;
    }
    folded += utf8.mid(start) + "\r\n";
    return folded;
}

QString triggerBefore(int daysBefore, QTime localTime)
{
    const int offset = localTime.hour() * 60 + localTime.minute() - daysBefore * 24 * 60;
    if (offset < 0)
        return u'-' + durationText(-offset);
    return durationText(offset);
}

} // namespace samen::reminders::ics

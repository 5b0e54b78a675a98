#include "summary/summarypdf.h"

#include "summary/summary.h"
#include "texts/summarytexts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace samen::summary {

namespace {

constexpr int resolution = 300;
constexpr qreal marginMm = 16;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// "Gezinsleden / أفراد العائلة": the label in the summary's language, the app's language beside.
QString label(const SummaryTexts &texts, const QString &key)
{
    const QString own = texts.label(key);
    const QString local = SummaryTexts::localLabel(key);
    if (local.isEmpty() || local == own)
        return escaped(own);
    return escaped(own) + u" <span style=\"color:#555555; font-weight:normal\">/ "_qs + escaped(local) +
        u"</span>"_qs;
}

QString row(const SummaryTexts &texts, const QString &key, const QString &valueHtml)
{
    return u"<tr><td width=\"34%\" style=\"padding:4px\"><b>"_qs + label(texts, key) +
        u"</b></td><td style=\"padding:4px\">"_qs + valueHtml + u"</td></tr>"_qs;
}

QString list(const QStringList &items, const SummaryTexts &texts)
{
    if (items.isEmpty())
        return escaped(texts.label(u"none"_qs));
    QStringList lines;
    for (const QString &item : items)
        lines.append(escaped(item));
    return lines.join(u"<br>"_qs);
}

QString notesHtml(const QList<OwnNote> &notes)
{
    QStringList lines;
    for (const OwnNote &note : notes)
        lines.append((note.about.isEmpty() ? QString() : escaped(note.about) + u": "_qs) + u"<i>“"_qs +
                     escaped(note.text) + u"”</i>"_qs);
    return lines.join(u"<br>"_qs);
}

QString memberHtml(const MemberSummary &member, const SummaryTexts &texts)
{
    QString html = u"<h3>"_qs + escaped(member.title) +
        (member.name.isEmpty() || member.name == member.title ? QString()
                                                              : u" — "_qs + escaped(member.name)) +
        u"</h3>"_qs;
    html += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" style=\"border-color:#999999\">"_qs;
    html += row(texts, u"name"_qs, escaped(member.name));
    html += row(texts, u"latinName"_qs, escaped(member.latinName));
    html += row(texts, u"relation"_qs, escaped(member.relation));
    if (!member.birthDate.isEmpty())
        html += row(texts, u"birthDate"_qs, escaped(member.birthDate));
    html += row(texts, u"verdict"_qs, u"<b>"_qs + escaped(member.outcome) + u"</b>"_qs);
    if (!member.ruleSource.isEmpty())
        html += row(texts, u"source"_qs, escaped(member.ruleSource));
    html += row(texts, u"stage"_qs, escaped(member.stage));
    html += row(texts, u"documentsReady"_qs, list(member.documentsReady, texts));
    html += row(texts, u"documentsMissing"_qs, list(member.documentsMissing, texts));
    if (!member.notes.isEmpty())
        html += row(texts, u"ownNote"_qs, notesHtml(member.notes));
    return html + u"</table>"_qs;
}

QString deadlinesHtml(const Summary &summary, const SummaryTexts &texts)
{
    QString html = u"<h2>"_qs + label(texts, u"deadlines"_qs) + u"</h2>"_qs;
    if (summary.deadlines.isEmpty())
        return html + u"<p>"_qs + escaped(texts.label(u"noDeadlines"_qs)) + u"</p>"_qs;
    html += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" style=\"border-color:#999999\">"_qs;
    for (const DeadlineSummary &deadline : summary.deadlines) {
        QString what = escaped(deadline.what);
        if (!deadline.ownLabel.isEmpty())
            what += u"<br><i>“"_qs + escaped(deadline.ownLabel) + u"”</i> — "_qs +
                escaped(texts.label(u"ownNote"_qs));
        html += u"<tr><td width=\"22%\" style=\"padding:4px\"><b>"_qs + escaped(deadline.date) +
            u"</b></td><td style=\"padding:4px\">"_qs + what +
            u"</td><td width=\"26%\" style=\"padding:4px\">"_qs + escaped(deadline.whom) + u"</td></tr>"_qs;
    }
    return html + u"</table>"_qs;
}

QString footer(const Summary &summary, const SummaryTexts &texts, int page, int pages)
{
    return QStringLiteral("%1 %2/%3 · %4 %5 · %6 %7")
        .arg(texts.label(u"page"_qs))
        .arg(page)
        .arg(pages)
        .arg(texts.label(u"exported"_qs), summary.exportDate, texts.label(u"rulesAsOf"_qs),
             summary.rulesAsOf);
}

// A table that would be cut by a page break starts on a new page instead (with its heading),
// unless it is too long for one page anyway. Qt's HTML import has no page-break-inside.
void keepTablesWhole(QTextDocument &document, qreal pageHeight)
{
    const auto frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const QRectF box = document.documentLayout()->frameBoundingRect(table);
        const bool cut = int(box.top() / pageHeight) != int((box.bottom() - 1) / pageHeight);
        if (!cut || box.height() > 0.9 * pageHeight)
            continue;
        QTextCursor heading(document.findBlock(table->firstPosition() - 1));
        QTextBlockFormat format = heading.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        heading.setBlockFormat(format);
    }
}

QFont bodyFont()
{
    QFont font;
    // Names in Arabic script and in Ge'ez: the readable Noto faces, not whatever fontconfig finds first.
    font.setFamilies({ u"Noto Sans"_qs, u"Noto Naskh Arabic"_qs, u"Noto Sans Ethiopic"_qs });
    font.setPointSizeF(10);
    return font;
}

} // namespace

QString summaryHtml(const Summary &summary, const SummaryTexts &texts)
{
    QString html = u"<html><body><h1>"_qs + label(texts, u"title"_qs) + u"</h1>"_qs;
    html += u"<p style=\"color:#444444\">"_qs + escaped(texts.label(u"disclaimer"_qs)) + u"</p>"_qs;
    html += u"<h2>"_qs + label(texts, u"referent"_qs) + u"</h2>"_qs;
    html += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" style=\"border-color:#999999\">"_qs;
    html += row(texts, u"name"_qs, escaped(summary.referentName));
    html += row(texts, u"latinName"_qs, escaped(summary.referentLatinName));
    if (!summary.protection.isEmpty())
        html += row(texts, u"protection"_qs, escaped(summary.protection));
    if (!summary.decisionDate.isEmpty())
        html += row(texts, u"decisionDate"_qs, escaped(summary.decisionDate));
    html += u"</table>"_qs + deadlinesHtml(summary, texts);
    html += u"<h2>"_qs + label(texts, u"members"_qs) + u"</h2>"_qs;
    if (summary.members.isEmpty())
        html += u"<p>"_qs + escaped(texts.label(u"noMembers"_qs)) + u"</p>"_qs;
    for (const MemberSummary &member : summary.members)
        html += memberHtml(member, texts);
    return html + u"</body></html>"_qs;
}

bool writeSummaryPdf(const Summary &summary, const SummaryTexts &texts, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            QCoreApplication::translate("Summary", "The file could not be written. Choose another place.");
        return false;
    }
    // Plaintext outside the vault: owner-only (0600) before the first byte, where the file system
    // has modes (not a FAT stick or an Android content:// URI; the screen warns either way).
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(resolution);
    writer.setPageMargins(QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
    writer.setTitle(texts.label(u"title"_qs));
    writer.setCreator(u"Samen"_qs);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error =
            QCoreApplication::translate("Summary", "The file could not be written. Choose another place.");
        return false;
    }
    const QRect area = writer.pageLayout().paintRectPixels(resolution);
    QFont font = bodyFont();
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(font);
    const qreal footerHeight = QFontMetricsF(font, &writer).height() * 2;
    const qreal bodyHeight = area.height() - footerHeight;
    document.setPageSize(QSizeF(area.width(), bodyHeight));
    document.setHtml(summaryHtml(summary, texts));
    keepTablesWhole(document, bodyHeight);
    const int pages = document.pageCount();
    font.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyHeight, area.width(), bodyHeight);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(font);
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(0, bodyHeight, area.width(), footerHeight), Qt::AlignLeft | Qt::AlignBottom,
                         footer(summary, texts, page + 1, pages));
    }
    painter.end();
    if (!file.commit()) {
        *error =
            QCoreApplication::translate("Summary", "The file could not be written. Choose another place.");
        return false;
    }
    return true;
}

} // namespace samen::summary

#include "kit/kitpdf.h"

#include "kit/kit.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace samen::kit {

namespace {

constexpr int resolution = 300;
constexpr qreal marginMm = 16;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_qs);
}

QString itemHtml(const KitItem &item)
{
    if (item.label.isEmpty())
        return u"<p>"_qs + escaped(item.value) + u"</p>"_qs;
    return u"<p><b>"_qs + escaped(item.label) + u"</b><br>"_qs + escaped(item.value) + u"</p>"_qs;
}

QFont bodyFont()
{
    QFont font;
    // Arabic script and Ge'ez: the readable Noto faces, not whatever fontconfig finds first.
    font.setFamilies({ u"Noto Sans"_qs, u"Noto Naskh Arabic"_qs, u"Noto Sans Ethiopic"_qs });
    font.setPointSizeF(11);
    return font;
}

QString cannotWrite()
{
    return QCoreApplication::translate("Summary", "The file could not be written. Choose another place.");
}

} // namespace

QString kitHtml(const Kit &kit)
{
    const QString dir = kit.rightToLeft ? u"rtl"_qs : u"ltr"_qs;
    QString html = u"<html><body dir=\""_qs + dir + u"\"><h1>"_qs + escaped(kit.title) + u"</h1><p>"_qs +
        escaped(kit.subtitle) + u"</p>"_qs;
    for (const KitSection &section : kit.sections) {
        html += u"<h2>"_qs + escaped(section.heading) + u"</h2>"_qs;
        for (const KitItem &item : section.items)
            html += itemHtml(item);
    }
    return html + u"<p style=\"color:#444444\">"_qs + escaped(kit.footer) + u"</p></body></html>"_qs;
}

bool writeKitPdf(const Kit &kit, QIODevice &out, QString *error)
{
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(resolution);
    writer.setPageMargins(QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
    writer.setTitle(kit.title);
    writer.setCreator(u"Samen"_qs);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = cannotWrite();
        return false;
    }
    const QRect area = writer.pageLayout().paintRectPixels(resolution);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(bodyFont());
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(kit.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    document.setTextWidth(area.width());
    document.setHtml(kitHtml(kit));
    // One page: a kit longer than the page is drawn smaller rather than split.
    const qreal height = document.size().height();
    const qreal scale = height > area.height() ? area.height() / height : 1.0;
    if (scale < 1.0) {
        document.setTextWidth(area.width() / scale);
        painter.scale(scale, scale);
    }
    document.drawContents(&painter);
    painter.end();
    return true;
}

bool writeKitPdf(const Kit &kit, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite();
        return false;
    }
    // Plaintext outside the vault: owner-only (0600) before the first byte, where modes exist.
    (void)file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!writeKitPdf(kit, file, error))
        return false;
    if (!file.commit()) {
        *error = cannotWrite();
        return false;
    }
    return true;
}

QByteArray kitPdfBytes(const Kit &kit)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString ignored;
    return writeKitPdf(kit, buffer, &ignored) ? buffer.data() : QByteArray();
}

} // namespace samen::kit

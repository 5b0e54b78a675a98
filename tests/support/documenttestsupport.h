#pragma once

// Shared by the tests of app/documents: JPEGs with EXIF and GPS written byte by byte, a seeded
// vault, and a JPEG marker walker.

#include "documents/documentfiles.h"
#include "documents/documentphotos.h"
#include "signalwait.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QQuickItem>
#include <QSignalSpy>
#include <QtEndian>

namespace samen::documents::testsupport {

/** The GPS latitude written into test EXIF data: 52° 22' 12.34" N. */
inline constexpr quint32 gpsSeconds = 1234;

/** Top half red, bottom half blue, with a gradient so that the JPEG is not trivial. */
inline QImage twoColourImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, size.width(), size.height() / 2, QColor(220, 20, 20));
    painter.fillRect(0, size.height() / 2, size.width(), size.height() - size.height() / 2,
                     QColor(20, 20, 220));
    for (int x = 0; x < size.width(); x += 64)
        painter.fillRect(x, size.height() / 2 - 4, 32, 8, QColor(20, 200, 20));
    return image;
}

inline QByteArray jpegOf(const QImage &image, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

/** A little-endian TIFF IFD entry. */
inline QByteArray ifdEntry(quint16 tag, quint16 type, quint32 count, quint32 value)
{
    QByteArray entry(12, '\0');
    qToLittleEndian(tag, entry.data());
    qToLittleEndian(type, entry.data() + 2);
    qToLittleEndian(count, entry.data() + 4);
    qToLittleEndian(value, entry.data() + 8);
    return entry;
}

inline QByteArray u32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

inline QByteArray u16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

/**
 * An APP1 "Exif" segment: IFD0 with Orientation = @p orientation and a GPS IFD pointer; the GPS
 * IFD holds latitude ref "N" and latitude 52/1, 22/1, gpsSeconds/100.
 */
inline QByteArray exifSegment(quint16 orientation)
{
    // Offsets are from the start of the TIFF header. IFD0 at 8: 2 entries -> 2 + 24 + 4 = 30 bytes.
    const quint32 gpsIfd = 8 + 30;
    const quint32 rationals = gpsIfd + 2 + 24 + 4;
    QByteArray tiff = "II";
    tiff += u16(42) + u32(8);
    tiff += u16(2) + ifdEntry(0x0112, 3, 1, orientation) + ifdEntry(0x8825, 4, 1, gpsIfd) + u32(0);
    tiff += u16(2) + ifdEntry(0x0001, 2, 2, quint32('N')) + ifdEntry(0x0002, 5, 3, rationals) + u32(0);
    tiff += u32(52) + u32(1) + u32(22) + u32(1) + u32(gpsSeconds) + u32(100);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment = "\xFF\xE1";
    segment += char((payload.size() + 2) >> 8);
    segment += char((payload.size() + 2) & 0xff);
    return segment + payload;
}

/** @p jpeg with @p segment inserted right after the SOI marker. */
inline QByteArray withSegment(const QByteArray &jpeg, const QByteArray &segment)
{
    return jpeg.left(2) + segment + jpeg.mid(2);
}

/** The marker bytes (0xE0 = APP0, 0xE1 = APP1, …) of every segment before the image data. */
inline QList<quint8> markersOf(const QByteArray &jpeg)
{
    QList<quint8> markers;
    int at = 2;
    while (at + 4 <= jpeg.size() && quint8(jpeg[at]) == 0xFF) {
        const quint8 marker = quint8(jpeg[at + 1]);
        markers << marker;
        if (marker == 0xDA) // start of scan: compressed data follows
            break;
        at += 2 + ((quint8(jpeg[at + 2]) << 8) | quint8(jpeg[at + 3]));
    }
    return markers;
}

/** A referent, one member called @p latinName and one missing document of @p kind; the document id. */
inline qint64 seedDocument(vault::Database &db, const QString &latinName,
                           const QString &kind = QStringLiteral("identity"))
{
    vault::PeopleRepository people(db);
    auto referents = people.referents();
    dossier::Referent referent { 0, QStringLiteral("R"), QStringLiteral("R"), {}, QStringLiteral("ER"), {} };
    if (referents.isEmpty() && !people.save(referent))
        return 0;
    const qint64 referentId = referents.isEmpty() ? referent.id : referents.constFirst().id;
    dossier::FamilyMember member { 0,  referentId, QStringLiteral("partner"), latinName, latinName, {}, {},
                                   {}, {} };
    if (!people.save(member))
        return 0;
    dossier::Document document { 0, member.id, kind, dossier::DocumentStatus::Missing, {}, {} };
    return vault::DocumentRepository(db).save(document) ? document.id : 0;
}

/** Waits for the import or export that @p files is running; its finished(ok) value, false on time-out. */
inline bool waitForFinished(DocumentFiles &files, bool *ok)
{
    QSignalSpy finished(&files, &DocumentFiles::finished);
    if (!samen::testsupport::waitForFinished(finished, {}, std::chrono::seconds(30)))
        return false;
    *ok = finished.constFirst().at(1).toBool();
    return !files.isBusy();
}

/** The DocumentPhotos ("documentPhotos") of the visible page under @p item, or nullptr. */
inline DocumentPhotos *shownPhotos(QQuickItem *item)
{
    if (!item || !item->isVisible())
        return nullptr;
    for (QObject *child : item->children()) {
        auto *photos = qobject_cast<DocumentPhotos *>(child);
        if (photos && photos->objectName() == QLatin1String("documentPhotos"))
            return photos;
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (DocumentPhotos *photos = shownPhotos(child))
            return photos;
    }
    return nullptr;
}

} // namespace samen::documents::testsupport

#include "fileplaces.h"

#include <QDir>
#include <QStandardPaths>

FilePlaces::FilePlaces(QObject *parent)
    : QObject(parent)
{ }

QUrl FilePlaces::startFolder() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents))
        return QUrl::fromLocalFile(documents);
    return QUrl::fromLocalFile(QDir::homePath());
}

QUrl FilePlaces::suggestedFile(const QString &fileName) const
{
    return QUrl::fromLocalFile(QDir(startFolder().toLocalFile()).filePath(fileName));
}

QString FilePlaces::pathOf(const QUrl &url)
{
    if (url.isLocalFile())
        return url.toLocalFile();
    if (url.scheme() == QLatin1String("content"))
        return url.toString(QUrl::FullyEncoded);
    if (url.scheme().isEmpty() && QDir::isAbsolutePath(url.path()))
        return url.path();
    return {};
}

QString FilePlaces::shownName(const QUrl &url) const
{
    QString path = pathOf(url);
    if (url.scheme() == QLatin1String("content")) {
        // The document id is one encoded segment: "primary%3ADocuments%2Ffamily.samen".
        const QString segment = url.path(QUrl::FullyEncoded).section(QLatin1Char('/'), -1);
        path = QUrl::fromPercentEncoding(segment.toUtf8()).section(QLatin1Char(':'), -1);
    }
    const QString name = path.section(QLatin1Char('/'), -1);
    const QString folder = path.section(QLatin1Char('/'), -2, -2);
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

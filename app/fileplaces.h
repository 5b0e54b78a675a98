#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

/**
 * Where file choosers start: the user's documents folder (made if missing), so that "save" never
 * suggests the root of the file system. On Android the system picker ignores this and lets the
 * user choose a place; it hands back a content:// URL (see README, "Files on Android").
 */
class FilePlaces : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit FilePlaces(QObject *parent = nullptr);

    /** The folder choosers open in: the documents folder, else the home folder. */
    Q_INVOKABLE [[nodiscard]] QUrl startFolder() const;
    /** @p fileName inside startFolder(), for a save chooser's suggestion. */
    Q_INVOKABLE [[nodiscard]] QUrl suggestedFile(const QString &fileName) const;

    /**
     * The name a person finds a chosen file by: its folder's name and its own,
     * "Documents/family.samen". For a content:// URL (Android's picker) the same two parts of
     * its document id ("primary:Documents/family.samen"), or its last part when it has no
     * folder. Empty for an empty URL.
     */
    Q_INVOKABLE [[nodiscard]] QString shownName(const QUrl &url) const;

    /**
     * The path QFile opens for what a chooser handed back: a file: URL's local path; a bare
     * absolute path (Qt 6.4's own save chooser gives one, without "file:"); a content:// URL as
     * it is (Android's system picker; Qt's Android file engine opens it). Empty for anything
     * else, such as http.
     */
    [[nodiscard]] static QString pathOf(const QUrl &url);
};

#pragma once

#include <QByteArray>
#include <QString>

namespace samen::platform {

/**
 * The system's share sheet: hands a file the user chose to send (the kit for a family member)
 * to another app, from memory. Nothing is written to disk: on Android a private content provider
 * streams the bytes to the app the user picks and forgets them when the store locks or after ten
 * minutes. Linux has none (the file is saved where the user chooses instead).
 */
class ShareSheet
{
public:
    virtual ~ShareSheet() = default;

    /**
     * Opens the share sheet for @p bytes, offered as @p fileName of type @p mimeType under the
     * sheet's title @p title. False when no sheet could be opened.
     */
    [[nodiscard]] virtual bool share(const QByteArray &bytes, const QString &fileName,
                                     const QString &mimeType, const QString &title) = 0;
    /** Drops what was shared last, so that no app can read it any more (on lock). */
    virtual void forget() = 0;
};

/** A share sheet that keeps what it was given (tests). */
class RecordingShareSheet : public ShareSheet
{
public:
    bool share(const QByteArray &bytes, const QString &fileName, const QString &mimeType,
               const QString &title) override
    {
        m_bytes = bytes;
        m_fileName = fileName;
        m_mimeType = mimeType;
        m_title = title;
        ++m_shared;
        return true;
    }
    void forget() override { m_bytes.clear(); }

    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] const QString &fileName() const { return m_fileName; }
    [[nodiscard]] const QString &mimeType() const { return m_mimeType; }
    [[nodiscard]] const QString &title() const { return m_title; }
    [[nodiscard]] int timesShared() const { return m_shared; }

private:
    QByteArray m_bytes;
    QString m_fileName;
    QString m_mimeType;
    QString m_title;
    int m_shared = 0;
};

} // namespace samen::platform

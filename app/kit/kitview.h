#pragma once

#include "kit/kit.h"
#include "kit/kitrowmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

class KitController;

/**
 * One member's kit for the page that previews and saves it (`KitView { memberId: root.memberId }`):
 * exactly the words that the PDF holds, in the language the member reads, and nothing of anyone
 * else. Follows KitController, so a change of the dossier shows at once.
 */
class KitView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The family row id of the member; 0 for none. */
    Q_PROPERTY(double memberId READ qmlMemberId WRITE setQmlMemberId NOTIFY memberIdChanged)
    /** True while there is such a member in the open store. */
    Q_PROPERTY(bool exists READ exists NOTIFY kitChanged)
    /** The language the member reads (and the kit is in); setting it stores it in the vault. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY kitChanged)
    /** True when the kit's language is written right to left. */
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY kitChanged)
    /** The member's name as the kit shows it (own script, else Latin letters, else the relation). */
    Q_PROPERTY(QString name READ name NOTIFY kitChanged)
    /** "For <name>". */
    Q_PROPERTY(QString title READ title NOTIFY kitChanged)
    /** What the kit is, under the title. */
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY kitChanged)
    /** The last line of the kit. */
    Q_PROPERTY(QString footer READ footer NOTIFY kitChanged)
    /** The kit's headings and lines. */
    Q_PROPERTY(KitRowModel *rows READ rows CONSTANT)
    /** True when the phone has a share sheet to send the PDF with (Android); else it is saved. */
    Q_PROPERTY(bool canShare READ canShare CONSTANT)
    /** The last problem in the app's language; empty after a success. */
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    /** A view on the published KitController (for QML). */
    explicit KitView(QObject *parent = nullptr);
    /** A view on @p kits, which must outlive it. */
    explicit KitView(KitController &kits, QObject *parent = nullptr);

    [[nodiscard]] qint64 memberId() const { return m_memberId; }
    void setMemberId(qint64 id);
    [[nodiscard]] bool exists() const { return !m_kit.isEmpty(); }
    [[nodiscard]] QString language() const { return m_kit.language; }
    void setLanguage(const QString &language);
    [[nodiscard]] bool rightToLeft() const { return m_kit.rightToLeft; }
    [[nodiscard]] QString name() const { return m_kit.name; }
    [[nodiscard]] QString title() const { return m_kit.title; }
    [[nodiscard]] QString subtitle() const { return m_kit.subtitle; }
    [[nodiscard]] QString footer() const { return m_kit.footer; }
    [[nodiscard]] KitRowModel *rows() const { return m_rows; }
    [[nodiscard]] QString message() const { return m_message; }

    [[nodiscard]] bool canShare() const;
    /** Opens the share sheet with the kit as a PDF made in memory; false with message() set. */
    Q_INVOKABLE bool sharePdf();
    /** Writes the kit as a PDF to @p file (a local file URL); false with message() set. */
    Q_INVOKABLE bool savePdf(const QUrl &file);
    /** A file name for the PDF, e.g. "samen-kit-2026-12-06.pdf" (no name in it). */
    Q_INVOKABLE [[nodiscard]] QString suggestedFileName() const;

Q_SIGNALS:
    /** memberId was set. */
    void memberIdChanged();
    /** The kit was made again. */
    void kitChanged();
    /** message. */
    void messageChanged();

private:
    // Row ids pass QML as double (qmllint of Qt 6.4 knows no qint64); exact below 2^53.
    [[nodiscard]] double qmlMemberId() const { return double(memberId()); }
    void setQmlMemberId(double id) { setMemberId(qint64(id)); }
    void read();

    QPointer<KitController> m_kits;
    KitRowModel *m_rows;
    qint64 m_memberId = 0;
    samen::kit::Kit m_kit;
    QString m_message;
};

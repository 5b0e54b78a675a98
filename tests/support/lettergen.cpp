#include "support/lettergen.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>
#include <QRandomGenerator>
#include <QTransform>

#include <cmath>

namespace samen::testing {

namespace {

constexpr int kWidth = 2480;
constexpr int kHeight = 3508;
constexpr double kPointPx = 300.0 / 72.0;

const QStringList kMonths = { u"januari"_qs,   u"februari"_qs, u"maart"_qs,    u"april"_qs,
                              u"mei"_qs,       u"juni"_qs,     u"juli"_qs,     u"augustus"_qs,
                              u"september"_qs, u"oktober"_qs,  u"november"_qs, u"december"_qs };
const QStringList kGiven = { u"A."_qs, u"M."_qs, u"S."_qs, u"Y."_qs, u"H."_qs, u"F."_qs, u"T."_qs, u"R."_qs };
const QStringList kFamily = { u"Tesfay"_qs, u"Haddad"_qs,      u"Ahmadi"_qs, u"Mehari"_qs, u"Al-Hassan"_qs,
                              u"Rahimi"_qs, u"Gebremedhin"_qs, u"Karimi"_qs, u"Yousef"_qs, u"Habte"_qs };
const QStringList kStreets = { u"Kerkstraat"_qs,    u"Dorpsweg"_qs,   u"Molenlaan"_qs,
                               u"Stationsplein"_qs, u"Beukenlaan"_qs, u"Havenstraat"_qs };
const QStringList kTowns = { u"Utrecht"_qs,   u"Zwolle"_qs, u"Tilburg"_qs,
                             u"Groningen"_qs, u"Arnhem"_qs, u"Leeuwarden"_qs };
const QStringList kFonts = { u"DejaVu Sans"_qs, u"Noto Sans"_qs, u"DejaVu Serif"_qs };
const QStringList kNumberWords = { QString(), u"een"_qs, u"twee"_qs, u"drie"_qs, u"vier"_qs };

QString longDate(QDate date)
{
    return u"%1 %2 %3"_qs.arg(date.day()).arg(kMonths[date.month() - 1]).arg(date.year());
}

QString shortDate(QDate date)
{
    return date.toString(u"dd-MM-yyyy"_qs);
}

/** The words of one letter's body and what it asks. */
struct Body
{
    QString subject;
    QStringList paragraphs;
    std::optional<QDate> answerBy;
    std::optional<QDate> decisionBy;
    QString type;
    QString packLetterId;
};

class Writer
{
public:
    explicit Writer(int seed)
        : m_random(quint32(seed) * 2654435761U + 17)
        , m_variant(seed % kLetterVariants)
    { }

    GeneratedLetter write();

private:
    int pick(int n) { return int(m_random.bounded(n)); }
    template<typename T> const T &oneOf(const QList<T> &list) { return list[pick(int(list.size()))]; }
    QString period(int weeks, bool stateStart);
    QString dateOf(QDate date) { return pick(3) == 0 ? shortDate(date) : longDate(date); }
    Body body(QDate letterDate);
    void paint(GeneratedLetter &letter, const QStringList &lines);

    QRandomGenerator m_random;
    int m_variant;
};

QString Writer::period(int weeks, bool stateStart)
{
    const QString count = pick(2) == 0 ? kNumberWords.value(weeks) : QString::number(weeks);
    static const QStringList starts = { u"na dagtekening van deze brief"_qs, u"na de datum van deze brief"_qs,
                                        u"na dagtekening"_qs };
    return u"binnen %1 weken"_qs.arg(count) + (stateStart ? u' ' + oneOf(starts) : QString());
}

Body Writer::body(QDate letterDate)
{
    Body b;
    switch (m_variant) {
    case 0: {
        const QDate received = letterDate.addDays(-3 - pick(10));
        b = { u"Ontvangstbevestiging"_qs,
              {},
              {},
              letterDate.addMonths(3).addDays(pick(5)),
              u"receipt"_qs,
              u"receipt"_qs };
        b.paragraphs << u"Wij hebben uw aanvraag voor verblijf bij uw gezinslid (nareis) ontvangen op %1. "
                        "Uw aanvraag is in behandeling."_qs.arg(longDate(received))
                     << u"De IND beslist uiterlijk op %1 op uw aanvraag. Dit is de beslistermijn. "
                        "U hoeft nu niets te doen."_qs.arg(dateOf(*b.decisionBy));
        break;
    }
    case 1: {
        const int weeks = pick(2) == 0 ? 2 : 4;
        b = { u"Herstel verzuim"_qs, {}, letterDate.addDays(7 * weeks), {}, u"missingItems"_qs,
              u"missingItems"_qs };
        b.paragraphs
            << u"Uw aanvraag is niet compleet. Wij missen de volgende documenten: een gelegaliseerde "
               "geboorteakte en een kopie van het paspoort van uw gezinslid."_qs
            << u"Stuur de ontbrekende documenten %1. Doet u dat niet, dan kan de IND uw aanvraag "
               "buiten behandeling laten (artikel 4:5 Awb)."_qs.arg(period(weeks, true));
        break;
    }
    case 2: {
        b = { u"Herstel verzuim"_qs, {}, letterDate.addDays(14 + pick(21)), {}, u"missingItems"_qs,
              u"missingItems"_qs };
        b.paragraphs << u"Uw aanvraag is niet compleet. Wij missen een bewijs van de gezinsband."_qs
                     << u"Stuur de ontbrekende documenten uiterlijk op %1 naar de IND."_qs.arg(
                            dateOf(*b.answerBy));
        break;
    }
    case 3: {
        b = { pick(2) == 0 ? u"DNA-onderzoek"_qs : u"Identificerend gehoor"_qs,
              {},
              letterDate.addDays(21 + pick(28)),
              {},
              u"dnaOrInterview"_qs,
              u"dnaOrInterview"_qs };
        b.paragraphs << u"Wij willen de gezinsband met uw gezinsleden onderzoeken. Daarom nodigen wij uw "
                        "gezinsleden uit op de Nederlandse ambassade."_qs
                     << u"Uw gezinsleden moeten uiterlijk %1 een afspraak maken bij de ambassade. Zij nemen "
                        "hun paspoort mee."_qs.arg(dateOf(*b.answerBy));
        break;
    }
    case 4: {
        const int weeks = pick(2) == 0 ? 2 : 4;
        b = { u"Voornemen tot afwijzing"_qs, {}, letterDate.addDays(7 * weeks), {}, u"intentionToRefuse"_qs,
              u"intentionToRefuse"_qs };
        b.paragraphs << u"De IND is van plan uw aanvraag af te wijzen. In de bijlage leest u waarom."_qs
                     << u"Bent u het hier niet mee eens? Dan kunt u %1 uw zienswijze sturen."_qs.arg(
                            period(weeks, true));
        break;
    }
    case 5:
        b = { u"Beschikking"_qs, {}, {}, {}, u"approval"_qs, u"decisionYes"_qs };
        b.paragraphs
            << u"Uw aanvraag voor verblijf bij uw gezinslid wordt ingewilligd."_qs
            << u"Uw gezinsleden kunnen de machtiging tot voorlopig verblijf (mvv) binnen drie maanden "
               "ophalen bij de Nederlandse ambassade."_qs;
        break;
    case 6:
        b = { u"Beschikking"_qs, {}, letterDate.addDays(28), {}, u"refusal"_qs, u"decisionNo"_qs };
        b.paragraphs
            << u"Uw aanvraag voor verblijf bij uw gezinslid wordt afgewezen. In de bijlage leest u waarom."_qs
            << u"Bent u het niet eens met dit besluit? Dan kunt u binnen vier weken na de dag van "
               "bekendmaking van dit besluit bezwaar maken."_qs;
        break;
    case 7:
        b = { u"Beslissing op bezwaar"_qs, {}, {}, {}, u"objectionDecision"_qs, u"objectionGranted"_qs };
        b.paragraphs << u"Wij hebben uw bezwaarschrift beoordeeld. Uw bezwaar is gegrond."_qs
                     << u"De IND neemt een nieuw besluit op uw aanvraag. U hoort hierover van ons."_qs;
        break;
    case 8:
        b = { u"Beslissing op bezwaar"_qs, {}, letterDate.addDays(28), {}, u"objectionDecision"_qs,
              u"objectionRefused"_qs };
        b.paragraphs << u"Wij hebben uw bezwaarschrift beoordeeld. Uw bezwaar is ongegrond."_qs
                     << u"Bent u het niet eens met deze beslissing? Dan kunt u %1 beroep instellen bij de "
                        "rechtbank."_qs.arg(period(4, true));
        break;
    default:
        b = { u"Uw mvv ligt klaar"_qs, {}, letterDate.addDays(30 + pick(40)), {}, u"mvvNotice"_qs,
              u"mvvNotice"_qs };
        b.paragraphs << u"De machtiging tot voorlopig verblijf (mvv) voor uw gezinslid ligt klaar bij de "
                        "Nederlandse ambassade."_qs
                     << u"Uw gezinslid kan de mvv ophalen tot en met %1. Neem het paspoort mee. Haal de mvv "
                        "uiterlijk op %1 op."_qs.arg(dateOf(*b.answerBy));
        break;
    }
    return b;
}

GeneratedLetter Writer::write()
{
    GeneratedLetter letter;
    const QDate letterDate =
        firstLetterDate().addDays(pick(int(firstLetterDate().daysTo(lastLetterDate())) + 1));
    const Body b = body(letterDate);
    QString vNumber;
    for (int i = 0; i < 10; ++i)
        vNumber += QChar(u'0' + (i == 0 ? 1 + pick(9) : pick(10)));
    const QString caseNumber = u"%1-%2-NAR"_qs.arg(2600 + pick(200)).arg(1000 + pick(9000));
    letter.truth = { b.type, b.packLetterId, letterDate, b.answerBy, b.decisionBy, vNumber, caseNumber };
    const QString vPrinted =
        pick(2) == 0 ? vNumber : vNumber.left(2) + u' ' + vNumber.mid(2, 4) + u' ' + vNumber.mid(6);
    const QString name = oneOf(kGiven) + u' ' + oneOf(kFamily);
    letter.lines << u"Immigratie- en Naturalisatiedienst"_qs << u"Ministerie van Justitie en Veiligheid"_qs
                 << QString() << u"De heer/mevrouw %1"_qs.arg(name)
                 << u"%1 %2"_qs.arg(oneOf(kStreets)).arg(1 + pick(120))
                 << u"%1 %2 %3"_qs.arg(1000 + pick(8999)).arg(QChar(u'A' + pick(26))).arg(oneOf(kTowns))
                 << QString() << u"Datum %1"_qs.arg(dateOf(letterDate)) << u"Betreft %1"_qs.arg(b.subject)
                 << u"Ons kenmerk %1"_qs.arg(caseNumber) << u"V-nummer %1"_qs.arg(vPrinted) << QString()
                 << u"Geachte heer/mevrouw %1,"_qs.arg(name.section(u' ', 1)) << QString();
    for (const QString &paragraph : b.paragraphs)
        letter.lines << paragraph << QString();
    letter.lines << u"Met vriendelijke groet,"_qs << u"de Minister van Asiel en Migratie,"_qs
                 << u"namens deze, de Immigratie- en Naturalisatiedienst"_qs;
    paint(letter, letter.lines);
    return letter;
}

void Writer::paint(GeneratedLetter &letter, const QStringList &lines)
{
    letter.page = QImage(kWidth, kHeight, QImage::Format_RGB32);
    letter.page.fill(Qt::white);
    QPainter painter(&letter.page);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font(oneOf(kFonts));
    const double points = 10.5 + pick(3) * 0.5;
    font.setPixelSize(int(points * kPointPx));
    const int margin = 230 + pick(60);
    const int column = 1750 + pick(100);
    // Letterhead: a bar and the sender at the top, the reference column on the right.
    painter.fillRect(QRect(kWidth / 2 - 30, 0, 60, 250), QColor(21, 66, 115));
    QFont head = font;
    head.setBold(true);
    painter.setFont(head);
    painter.setPen(Qt::black);
    painter.drawText(QRect(kWidth / 2 + 60, 120, kWidth / 2 - 200, 300), Qt::TextWordWrap,
                     lines[0] + u'\n' + lines[1]);
    QFont small = font;
    small.setPixelSize(int(font.pixelSize() * 0.8));
    const bool columnLayout = pick(2) == 0;
    const QFontMetrics metrics(font);
    int y = 700;
    painter.setFont(font);
    for (int i = 3; i <= 5; ++i) {
        painter.drawText(margin, y, lines[i]);
        y += metrics.lineSpacing();
    }
    y += metrics.lineSpacing() * 2;
    if (columnLayout) {
        int cy = 700;
        for (int i : { 9, 10, 7 }) {
            const QString label = lines[i].section(u' ', 0, i == 9 ? 1 : 0);
            const QString value = lines[i].mid(label.size() + 1);
            painter.setFont(head);
            painter.drawText(column, cy, label);
            cy += metrics.lineSpacing();
            painter.setFont(font);
            painter.drawText(column, cy, value);
            cy += metrics.lineSpacing() * 2;
        }
        painter.drawText(margin, y, lines[8]);
        y += metrics.lineSpacing() * 2;
    } else {
        for (int i : { 7, 8, 9, 10 }) {
            painter.drawText(margin, y, lines[i]);
            y += metrics.lineSpacing();
        }
        y += metrics.lineSpacing();
    }
    painter.setFont(font);
    const int width = (columnLayout ? column - 120 : kWidth - margin) - margin;
    for (int i = 12; i < lines.size(); ++i) {
        const QRect rect = painter.boundingRect(QRect(margin, y, width, kHeight), Qt::TextWordWrap, lines[i]);
        painter.drawText(rect, Qt::TextWordWrap, lines[i]);
        y += std::max(rect.height(), metrics.lineSpacing());
    }
}

} // namespace

QDate firstLetterDate()
{
    return QDate(2026, 6, 1);
}

QDate lastLetterDate()
{
    return QDate(2027, 1, 31);
}

GeneratedLetter generateLetter(int seed)
{
    return Writer(seed).write();
}

QImage photographed(const QImage &page, int seed)
{
    QRandomGenerator random(quint32(seed) * 40503U + 7);
    const auto between = [&](double low, double high) {
        return low + random.generateDouble() * (high - low);
    };
    QImage photo(page.size(), QImage::Format_RGB32);
    photo.fill(QColor(150, 140, 125));
    {
        QPainter painter(&photo);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const double w = page.width();
        const double h = page.height();
        const auto jitter = [&] { return between(-0.012, 0.012) * w; };
        QPolygonF from({ QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h) });
        QPolygonF to({ QPointF(jitter(), jitter()), QPointF(w + jitter(), jitter()),
                       QPointF(w + jitter(), h + jitter()), QPointF(jitter(), h + jitter()) });
        QTransform perspective;
        QTransform::quadToQuad(from, to, perspective);
        const double angle = between(2, 5) * (random.bounded(2) == 0 ? -1 : 1);
        QTransform transform;
        transform.translate(w / 2, h / 2);
        transform.scale(0.93, 0.93);
        transform.rotate(angle);
        transform.translate(-w / 2, -h / 2);
        painter.setTransform(perspective * transform);
        painter.drawImage(0, 0, page);
        painter.resetTransform();
        QLinearGradient light(QPointF(between(0, w), 0), QPointF(between(0, w), h));
        light.setColorAt(0, QColor(255, 255, 255));
        light.setColorAt(1, QColor(int(between(150, 200)), int(between(150, 200)), int(between(150, 190))));
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        painter.fillRect(photo.rect(), light);
    }
    const double blur = between(0.55, 0.75);
    photo = photo.scaled(photo.size() * blur, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .scaled(photo.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            const int noise = int(random.bounded(25)) - 12;
            const auto clamp = [](int v) { return std::clamp(v, 0, 255); };
            line[x] = qRgb(clamp(qRed(line[x]) + noise), clamp(qGreen(line[x]) + noise),
                           clamp(qBlue(line[x]) + noise));
        }
    }
    return photo;
}

QByteArray jpegBytes(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

} // namespace samen::testing

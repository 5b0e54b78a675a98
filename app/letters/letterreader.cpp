#include "letters/letterreader.h"

#include "documents/documentimporter.h"
#include "engines/enginemodule.h"
#include "fileplaces.h"
#include "languagecontroller.h"
#include "letters/letterreading.h" // core
#include "letters/readingtexts.h"
#include "ocr/letterocrmodule.h"
#include "reminders/clock.h"
#include "rules/pack.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

namespace letters = samen::letters;
namespace ocr = samen::ocr;
using samen::documents::DocumentImporter;
using samen::documents::ImportError;

/** The pages to read, or why there are none. */
struct LetterReader::Pages
{
    QString error;
    QList<QImage> images;
};

/** What the worker hands back: a reading, or an error code. */
struct LetterReader::Outcome
{
    QString error;
    letters::LetterReading reading;
    Keepable keepable;
};

/** The OCR engine, created on the worker on first use; dropped when the vault locks. */
struct LetterReader::Engine
{
    QMutex mutex;
    std::unique_ptr<ocr::LetterOcrSession> ocr;
};

namespace {

/** The OCR module (loaded on the first call, on the reader's worker); nullptr when it is missing. */
const ocr::LetterOcr *letterOcr()
{
    static const auto *const loaded =
        samen::engines::engine<ocr::LetterOcr>(QStringLiteral("samen_letterocr"), ocr::kLetterOcrEntry);
    return loaded;
}

QString importErrorCode(ImportError error)
{
    switch (error) {
    case ImportError::Empty:
        return QStringLiteral("empty");
    case ImportError::TooBig:
    case ImportError::PdfTooBig:
    case ImportError::TooManyPixels:
        return QStringLiteral("tooLarge");
    case ImportError::UnknownType:
        return QStringLiteral("unknownType");
    default:
        return QStringLiteral("unreadable");
    }
}

/** The pack letters a reading of a known kind can be when the reader could not tell which. */
QStringList candidatesOf(const samen::letters::LetterReading &reading)
{
    QStringList ids;
    const auto &bundled = samen::rules::bundledPack();
    if (!reading.packLetterId.isEmpty() || reading.kind == samen::letters::LetterKind::Unknown ||
        !bundled.pack)
        return ids;
    const QString kind = samen::letters::kindName(reading.kind);
    for (const samen::rules::LetterTypePattern &type : bundled.pack->journey.reading.types) {
        if (type.kind != kind)
            continue;
        if (!type.letter.isEmpty())
            ids << type.letter;
        for (const samen::rules::LetterVariant &variant : type.variants)
            ids << variant.letter;
    }
    ids.removeDuplicates();
    return ids;
}

/** @p page scaled to at most LetterReader::kKeptPhotoSide a side, as a JPEG in memory (no file). */
QByteArray keptPhoto(const QImage &page)
{
    if (page.isNull())
        return {};
    const int side = LetterReader::kKeptPhotoSide;
    const QImage scaled = page.width() > side || page.height() > side
        ? page.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : page;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return scaled.save(&buffer, "JPEG", 70) ? bytes : QByteArray();
}

} // namespace

LetterReader::LetterReader(LanguageController &languages, const samen::reminders::Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_clock(clock)
    , m_engine(std::make_shared<Engine>())
{
    m_pool.setMaxThreadCount(1);
    connect(&m_languages, &LanguageController::languageChanged, this, &LetterReader::wordReading);
}

LetterReader::~LetterReader()
{
    release();
    waitForIdle();
}

bool LetterReader::readFile(const QUrl &url)
{
    const QString path = FilePlaces::pathOf(url);
    return start([path] {
        const auto imported = DocumentImporter::importFile(path);
        if (imported.error != ImportError::None)
            return Pages { importErrorCode(imported.error), {} };
        const ocr::LetterOcr *engines = letterOcr();
        if (!engines)
            return Pages { QStringLiteral("noEngine"), {} };
        ocr::PageLoad load = engines->loadBytes(imported.file.data);
        if (load.pages.isEmpty())
            return Pages { ocr::loadErrorName(load.error), {} };
        return Pages { {}, std::move(load.pages) }; // a PDF of many pages: its first ones are the letter
    });
}

bool LetterReader::readImage(const QImage &photo)
{
    if (photo.isNull())
        return false;
    return start([photo] { return Pages { {}, { photo } }; });
}

bool LetterReader::start(std::function<Pages()> load)
{
    if (m_state == Reading)
        return false;
    const quint64 generation = ++m_generation;
    m_state = Reading;
    m_errorCode.clear();
    m_row = {};
    m_reading.reset();
    m_keepable = {};
    Q_EMIT stateChanged();

    const auto &bundled = samen::rules::bundledPack();
    const auto patterns = bundled.pack ? bundled.pack->journey.reading : samen::rules::LetterPatterns {};
    const QDate today = m_clock.now().toLocalTime().date();
    auto engine = m_engine;
    delete m_watcher;
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this, generation] {
        if (generation == m_generation)
            finished();
    });
    m_watcher->setFuture(QtConcurrent::run(&m_pool, [load = std::move(load), patterns, today, engine] {
        const Pages pages = load();
        if (!pages.error.isEmpty())
            return Outcome { pages.error, {}, {} };
        QMutexLocker lock(&engine->mutex);
        if (!engine->ocr) {
            const ocr::LetterOcr *engines = letterOcr();
            QString error;
            engine->ocr = engines ? engines->open(&error) : nullptr;
            if (!engine->ocr)
                return Outcome { QStringLiteral("noEngine"), {}, {} };
        }
        ocr::ReadPages seen;
        Outcome outcome { {}, engine->ocr->read(pages.images, patterns, today, &seen), {} };
        outcome.keepable = { keptPhoto(seen.firstPage), seen.text };
        return outcome;
    }));
    return true;
}

void LetterReader::finished()
{
    Outcome outcome = m_watcher->result();
    if (!outcome.error.isEmpty()) {
        m_state = Failed;
        m_errorCode = outcome.error;
    } else {
        m_state = Read;
        m_reading = std::make_unique<letters::LetterReading>(std::move(outcome.reading));
        m_keepable = std::move(outcome.keepable);
    }
    wordReading();
}

QString LetterReader::errorText() const
{
    return m_state == Failed ? ReadingTexts::error(m_errorCode) : QString();
}

void LetterReader::wordReading()
{
    m_row = m_reading ? ReadingTexts::row(*m_reading, candidatesOf(*m_reading), m_languages.dates())
                      : LetterReadingRow {};
    Q_EMIT stateChanged();
}

void LetterReader::clear()
{
    ++m_generation;
    m_reading.reset();
    m_keepable = {};
    m_row = {};
    m_errorCode.clear();
    if (m_state == Idle)
        return;
    m_state = Idle;
    Q_EMIT stateChanged();
}

void LetterReader::release()
{
    clear();
    auto engine = m_engine;
    m_pool.start([engine] {
        QMutexLocker lock(&engine->mutex);
        engine->ocr.reset();
    });
}

void LetterReader::waitForIdle()
{
    m_pool.waitForDone();
    QCoreApplication::processEvents();
}

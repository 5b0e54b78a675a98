#include "ocr/ocrengine.h"

#include "ocr/pix.h"

#include <QCoreApplication>
#include <QFile>
#include <QtGlobal>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <string>
#include <vector>

#ifdef SAMEN_OCR_OPENMP
#include <omp.h>
#endif

namespace samen::ocr {

namespace {

const QString kModel = u"nld.traineddata"_qs;
constexpr int kDpi = 300;

/** Tesseract's variables: no debug output anywhere, no files, the page's resolution known. */
void quietVariables(std::vector<std::string> &names, std::vector<std::string> &values)
{
    names = { "debug_file",          "tessedit_write_images",   "tessedit_create_hocr", "tessedit_create_pdf",
              "tessedit_create_txt", "tessedit_create_boxfile", "user_defined_dpi" };
    values = { "/dev/null", "0", "0", "0", "0", "0", std::to_string(kDpi) };
}

QByteArray modelBytes(QString *error)
{
    for (const QString &folder : OcrEngine::modelFolders()) {
        QFile file(folder + u'/' + kModel);
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
    }
    if (error)
        *error = QStringLiteral("no %1 in %2").arg(kModel, OcrEngine::modelFolders().join(u", "_qs));
    return {};
}

QList<OcrWord> wordsOf(tesseract::TessBaseAPI &api)
{
    QList<OcrWord> words;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it)
        return words;
    do {
        const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        if (text)
            words.append({ QString::fromUtf8(text.get()), it->Confidence(tesseract::RIL_WORD) / 100.0 });
    } while (it->Next(tesseract::RIL_WORD));
    return words;
}

/**
 * Tesseract built with OpenMP hands each time step of its LSTM to a team of threads (4 gates,
 * the parallel layers): a wake-up and a barrier per step, for a few microseconds of work. On the
 * 2-core test machine under load that made recognition 2.5-3x slower than on one thread (perf:
 * most samples in libgomp's spinning and futex wake-ups, about 1 % in LSTM::Forward). With no
 * active parallel levels on the calling thread, every region of the engine runs on that thread
 * alone: no spinning threads, no handoff. Only this thread's OpenMP setting changes (it is a
 * per-thread ICV), so nothing else in the process is touched.
 */
void recognitionOnThisThread()
{
#ifdef SAMEN_OCR_OPENMP
    if (omp_get_max_active_levels() != 0)
        omp_set_max_active_levels(0);
#endif
}

} // namespace

OcrEngine::OcrEngine()
    : m_api(std::make_unique<tesseract::TessBaseAPI>())
{ }

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

QStringList OcrEngine::modelFolders()
{
    QStringList folders;
    const QString configured = qEnvironmentVariable("SAMEN_TESSDATA");
    if (!configured.isEmpty())
        folders << configured;
    if (QCoreApplication::instance())
        folders << QCoreApplication::applicationDirPath() + u"/tessdata"_qs;
#ifdef Q_OS_ANDROID
    folders << u"assets:/tessdata"_qs;
#endif
    folders << u"/usr/share/tesseract-ocr/5/tessdata"_qs;
    return folders;
}

std::unique_ptr<OcrEngine> OcrEngine::open(QString *error)
{
    setMsgSeverity(L_SEVERITY_NONE);
    const QByteArray model = modelBytes(error);
    if (model.isEmpty())
        return nullptr;
    std::vector<std::string> names;
    std::vector<std::string> values;
    quietVariables(names, values);
    std::unique_ptr<OcrEngine> engine(new OcrEngine);
    if (engine->m_api->Init(model.constData(), int(model.size()), "nld", tesseract::OEM_LSTM_ONLY, nullptr, 0,
                            &names, &values, false, nullptr) != 0) {
        if (error)
            *error = QStringLiteral("Tesseract could not load %1").arg(kModel);
        return nullptr;
    }
    engine->m_api->SetPageSegMode(tesseract::PSM_AUTO);
    return engine;
}

QString OcrEngine::variable(const QString &name) const
{
    std::string value;
    if (!m_api->GetVariableAsString(name.toUtf8().constData(), &value))
        return {};
    return QString::fromStdString(value);
}

OcrText OcrEngine::read(const QImage &page)
{
    const PixPtr pix(pixFromImage(page, kDpi));
    return pix ? read(pix.get()) : OcrText();
}

OcrText OcrEngine::read(Pix *page)
{
    recognitionOnThisThread();
    OcrText result;
    m_api->SetImage(page);
    m_api->SetSourceResolution(kDpi);
    const std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    result.text = text ? QString::fromUtf8(text.get()) : QString();
    result.words = wordsOf(*m_api);
    double sum = 0;
    for (const OcrWord &word : result.words)
        sum += word.confidence;
    result.confidence = result.words.isEmpty() ? 0 : sum / double(result.words.size());
    m_api->Clear();
    return result;
}

} // namespace samen::ocr

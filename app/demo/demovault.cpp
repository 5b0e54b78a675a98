#include "demo/demovault.h"

#include "rules/pack.h"
#include "summary/summary.h"
#include "summary/summarybuilder.h"
#include "summary/summarypdf.h"
#include "texts/summarytexts.h"
#include "vault/vault.h"

#include <QTemporaryDir>

#include <cstdio>

namespace samen::demo {

std::unique_ptr<vault::Vault> createDemoVault(const QString &folder, Household household, QDate today,
                                              QString *error)
{
    const auto &loaded = rules::bundledPack();
    if (!loaded.pack) {
        *error = u"the rule pack could not be loaded: "_qs + loaded.error;
        return nullptr;
    }
    auto created = std::make_unique<vault::Vault>(
        vault::Vault::Options { folder, nullptr, {}, std::nullopt, std::nullopt });
    QByteArray secret = pin.toLatin1();
    if (created->create(secret, vault::SecretKind::Pin) != vault::Vault::CreateResult::Ok) {
        *error = u"the demo vault could not be created in "_qs + folder;
        return nullptr;
    }
    if (!fill(*created->database(), *loaded.pack, household, today)) {
        *error = u"the demo household could not be stored"_qs;
        return nullptr;
    }
    return created;
}

int exportDemoSummary(Household household, const QString &pdfPath)
{
    QTemporaryDir scratch;
    QString error;
    const QDate today = QDate::currentDate();
    const auto demoVault = scratch.isValid()
        ? createDemoVault(scratch.filePath(u"vault"_qs), household, today, &error)
        : nullptr;
    const auto &pack = rules::bundledPack().pack;
    if (!demoVault || !pack) {
        std::fprintf(stderr, "samen: cannot export the summary: %s\n",
                     qPrintable(error.isEmpty() ? u"no temporary folder"_qs : error));
        return 1;
    }
    const summary::SummaryTexts texts(u"nl"_qs);
    const summary::Summary built = summary::buildSummary(*demoVault->database(), *pack, texts, today);
    if (!summary::writeSummaryPdf(built, texts, pdfPath, &error)) {
        std::fprintf(stderr, "samen: cannot write %s: %s\n", qPrintable(pdfPath), qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace samen::demo

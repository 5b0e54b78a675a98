#include "vaulttestsupport.h"

#include "dossier/people.h"
#include "vault/peoplerepository.h"

#include <QDebug>

namespace samen::vault::testsupport {

std::unique_ptr<Vault> createdVault(const QString &folder, Clock clock, const char *pin)
{
    auto vault = std::make_unique<Vault>(testOptions(folder, std::move(clock)));
    QByteArray bytes = secret(pin);
    const Vault::CreateResult result = vault->create(bytes, SecretKind::Pin);
    if (result != Vault::CreateResult::Ok || !vault->database()) {
        qWarning("createdVault: create() gave %d in %s", int(result), qPrintable(folder));
        return nullptr;
    }
    return vault;
}

qint64 addReferent(Database &db, const QString &name, const QString &latinName)
{
    dossier::Referent referent { 0, name, latinName, u"1990-04-01"_qs, u"SY"_qs, u"2025-11-02"_qs };
    PeopleRepository people(db);
    return people.save(referent) ? referent.id : 0;
}

} // namespace samen::vault::testsupport

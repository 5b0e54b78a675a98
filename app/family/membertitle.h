#pragma once

#include "dossier/people.h"

#include <QList>
#include <QString>

/**
 * What a family member is called on every screen and in the helper summary: their name, else
 * their Latin name, else the relation ("Child"), numbered in the language's digits when several
 * share it ("Child ٢"), counted in the order they were added. One function, so the family page,
 * the steps, the deadlines and the rules-change notice never disagree.
 */
[[nodiscard]] QString memberTitle(const samen::dossier::FamilyMember &member,
                                  const QList<samen::dossier::FamilyMember> &all, const QString &language);

#pragma once

#include "Document.h"
#include "Money.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace quita {

struct Address
{
    QString street;       // "Rua das Flores, 120"
    QString neighborhood; // bairro
    QString city;
    QString state;      // UF, e.g. "SP"
    QString postalCode; // CEP, 8 digits

    bool isComplete() const
    {
        return !street.isEmpty() && !city.isEmpty() && state.size() == 2 && postalCode.size() == 8;
    }
};

struct Debtor
{
    QUuid id;
    QUuid portfolioId;
    QString name;
    Document document;
    Address address;
    QDate placedOn;                // date the account was placed with the desk
    Money declaredMonthlyCapacity; // zero when not declared
};

} // namespace quita

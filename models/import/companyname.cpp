#include "companyname.h"

#include <QHash>
#include <QStringList>

namespace tenure::import {

namespace {

// Each legal form, by the word its spellings share.
const QHash<QString, QString>& legalForms()
{
    static const QHash<QString, QString> forms = {
        {QStringLiteral("inc"), QStringLiteral("inc")},
        {QStringLiteral("incorporated"), QStringLiteral("inc")},
        {QStringLiteral("llc"), QStringLiteral("llc")},
        {QStringLiteral("ltd"), QStringLiteral("ltd")},
        {QStringLiteral("limited"), QStringLiteral("ltd")},
        {QStringLiteral("gmbh"), QStringLiteral("gmbh")},
        {QStringLiteral("corp"), QStringLiteral("corp")},
        {QStringLiteral("corporation"), QStringLiteral("corp")},
        {QStringLiteral("co"), QStringLiteral("co")},
        {QStringLiteral("company"), QStringLiteral("co")},
        {QStringLiteral("plc"), QStringLiteral("plc")},
        {QStringLiteral("sa"), QStringLiteral("sa")},
        {QStringLiteral("sas"), QStringLiteral("sas")},
        {QStringLiteral("ag"), QStringLiteral("ag")},
        {QStringLiteral("bv"), QStringLiteral("bv")},
        {QStringLiteral("oy"), QStringLiteral("oy")},
        {QStringLiteral("ab"), QStringLiteral("ab")},
        {QStringLiteral("pty"), QStringLiteral("pty")},
        {QStringLiteral("srl"), QStringLiteral("srl")},
        {QStringLiteral("ooo"), QStringLiteral("ooo")},
        {QStringLiteral("ооо"), QStringLiteral("ooo")}};
    return forms;
}

} // namespace

CompanyName splitCompanyName(const QString& name)
{
    QStringList words;
    QString word;
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    QStringList form;
    while (words.size() > 1 && legalForms().contains(words.last()))
        form.prepend(legalForms().value(words.takeLast()));
    return {words.join(u' '), form.join(u' ')};
}

QString normaliseCompanyName(const QString& name)
{
    return splitCompanyName(name).base;
}

bool formsMayMatch(const QString& form, const QString& otherForm)
{
    return form.isEmpty() || otherForm.isEmpty() || form == otherForm;
}

} // namespace tenure::import

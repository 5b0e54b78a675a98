// The ICU4C APIs core/locale uses, linked statically by measure-trimmed-data.sh to measure the
// code that --gc-sections keeps. Not part of the app.
#include <unicode/calendar.h>
#include <unicode/coll.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/translit.h>
#include <unicode/uscript.h>

#include <cstdio>
#include <memory>
#include <string>
// Prints what each language shows; measure-trimmed-data.sh links it once with the full data and
// once with the trimmed data and compares.
static void show(const char *locale, UErrorCode &s)
{
    icu::Locale loc(locale);
    std::unique_ptr<icu::Calendar> cal(
        icu::Calendar::createInstance(icu::TimeZone::createTimeZone("Europe/Amsterdam"), loc, s));
    cal->setTime(1796644800000.0, s); // 7 December 2026, noon UTC
    icu::SimpleDateFormat f(icu::UnicodeString("d MMMM y G"), loc, s);
    f.setCalendar(*cal);
    icu::DateFormatSymbols sym(loc, s);
    int32_t n = 0;
    const icu::UnicodeString *months = sym.getMonths(n);
    std::unique_ptr<icu::NumberFormat> nf(icu::NumberFormat::createInstance(loc, s));
    std::unique_ptr<icu::NumberFormat> cf(icu::NumberFormat::createCurrencyInstance(loc, s));
    cf->setCurrency(u"EUR", s);
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(loc, s));
    UParseError pe;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "x", ":: Any-Latin ; :: Latin-ASCII ; :: NFD ; :: [:Nonspacing Mark:] Remove ; :: NFC ;",
        UTRANS_FORWARD, pe, s));
    icu::UnicodeString out;
    f.format(cal->getTime(s), out);
    out += u" | ";
    nf->format(1234567.5, out);
    out += u" | ";
    cf->format(1234.5, out);
    out += u" | ";
    out += months[0];
    icu::UnicodeString name(u"\u0623\u0645\u0644 \u1218\u1235\u134D\u1295");
    t->transliterate(name);
    out += u" | " + name;
    std::string utf8;
    out.toUTF8String(utf8);
    std::printf("%s: %s | %d | %s\n", locale, utf8.c_str(), c->compare(u"b", u"a"), u_errorName(s));
}

int main()
{
    UErrorCode s = U_ZERO_ERROR;
    for (const char *locale : { "ar", "fa_AF@calendar=persian", "ti@calendar=ethiopic", "nl", "en" })
        show(locale, s);
    return U_FAILURE(s) ? 1 : 0;
}

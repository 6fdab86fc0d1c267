"""locale in Loopscope: the C/POSIX locale only, as CPython 3.11 on Linux (glibc) sees it. The
playground's environment has LANG=C.UTF-8 (docs/world.md), so a program starts as CPython does
there: LC_CTYPE is 'C.UTF-8', the other categories 'C'. setlocale accepts 'C', 'POSIX',
'C.UTF-8', 'C.utf8' and '' (the environment's); any other locale is unsupported, as on a
machine that has only those installed. Formatting follows the C locale's conventions."""
import re as _re

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
           "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str


class Error(Exception):
    pass


Error.__module__ = 'locale'

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127

# glibc's categories in the order of its composite LC_ALL name (7 and up are not in Python)
_CATEGORIES = ((LC_CTYPE, 'LC_CTYPE'), (LC_NUMERIC, 'LC_NUMERIC'), (LC_TIME, 'LC_TIME'),
               (LC_COLLATE, 'LC_COLLATE'), (LC_MONETARY, 'LC_MONETARY'),
               (LC_MESSAGES, 'LC_MESSAGES'), (7, 'LC_PAPER'), (8, 'LC_NAME'),
               (9, 'LC_ADDRESS'), (10, 'LC_TELEPHONE'), (11, 'LC_MEASUREMENT'),
               (12, 'LC_IDENTIFICATION'))
_current = {c: 'C' for c, _ in _CATEGORIES}
_current[LC_CTYPE] = 'C.UTF-8'
_UTF8_NAMES = ('C.UTF-8', 'C.utf8')


def _index(v):
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return method(v)


def _environment_locale(category):
    import os
    for name in ('LC_ALL', dict(_CATEGORIES).get(category, 'LC_ALL'), 'LANG'):
        value = os.environ.get(name)
        if value:
            return value
    return 'C'


def _query(category):
    if category == LC_ALL:
        names = [_current[c] for c, _ in _CATEGORIES]
        if all(n == names[0] for n in names):
            return names[0]
        return ';'.join('%s=%s' % (label, _current[c]) for c, label in _CATEGORIES)
    return _current[category]


# as locale.setlocale: only the C locale's names are installed
def setlocale(category, locale=None):
    category = _index(category)
    valid = category == LC_ALL or category in _current
    if locale is None:
        if not valid:
            raise Error('locale query failed')
        return _query(category)
    if not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if locale == '':
        locale = _environment_locale(category)
    if not valid or locale not in ('C', 'POSIX') + _UTF8_NAMES:
        raise Error('unsupported locale setting')
    if locale == 'POSIX':
        locale = 'C'
    for c in ([c for c, _ in _CATEGORIES] if category == LC_ALL else [category]):
        _current[c] = locale
    return _query(category)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings '
                        '-- language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def resetlocale(category=LC_ALL):
    setlocale(category, '')


# as locale._parse_localename for the C names (CPython maps C.UTF-8 to en_US's alias)
def _parse_localename(name):
    if name in ('C', 'POSIX'):
        return None, None
    if name in _UTF8_NAMES:
        return 'en_US', 'UTF-8'
    raise ValueError('unknown locale: %s' % name)


def getlocale(category=LC_CTYPE):
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python "
                  "3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getencoding():
    return 'UTF-8' if _current[LC_CTYPE] in _UTF8_NAMES else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    if do_setlocale:
        return 'UTF-8' if _environment_locale(LC_CTYPE) in _UTF8_NAMES else 'ANSI_X3.4-1968'
    return getencoding()


def normalize(localename):
    if localename in ('C', 'POSIX', 'c', 'posix'):
        return 'C'
    if localename.lower().replace('-', '') in ('c.utf8',):
        return 'en_US.UTF-8'
    raise NotImplementedError("locale.normalize is not supported in the playground for %r: "
                              "it knows the C locale only" % (localename,))


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


# the C locale compares code points
def strcoll(os1, os2):
    for name, v in (('1', os1), ('2', os2)):
        if not isinstance(v, _builtin_str):
            raise TypeError('strcoll() argument %s must be str, not %s' % (name, type(v).__name__))
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    if not isinstance(string, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not ' + type(string).__name__)
    return string


# as locale._localize: the C locale has no grouping; monetary values use mon_decimal_point
def _localize(formatted, grouping=False, monetary=False):
    conv = localeconv()
    decimal_point = conv[monetary and 'mon_decimal_point' or 'decimal_point']
    return decimal_point.join(formatted.split('.'))


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


_percent_re = _re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)'
                          r'[eEfFgGdiouxXcrs%]')


def format_string(f, val, grouping=False, monetary=False):
    from collections.abc import Mapping
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub('%s', f)
    new_val = []
    if isinstance(val, Mapping):
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                starcount = perc.group('modifiers').count('*')
                new_val.append(_format(perc.group(), val[i], grouping, monetary,
                                       *val[i + 1:i + 1 + starcount]))
                i += 1 + starcount
    return new_f % tuple(new_val)


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use "
                  "'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char format specifier, %s not "
                          "valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return _format("%.12g", val)


def delocalize(string):
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# nl_langinfo: glibc's constants and the C locale's answers
CODESET, RADIXCHAR, THOUSEP = 14, 65536, 65537
ABDAY_1, DAY_1, ABMON_1, MON_1 = 131072, 131079, 131086, 131098
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, ERA = (131110, 131111, 131112, 131113,
                                                          131114, 131115, 131116)
ALT_DIGITS, CRNCYSTR, YESEXPR, NOEXPR = 131119, 262159, 327680, 327681
_DAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
for _k in range(7):
    globals()['DAY_%d' % (_k + 1)] = DAY_1 + _k
    globals()['ABDAY_%d' % (_k + 1)] = ABDAY_1 + _k
for _k in range(12):
    globals()['MON_%d' % (_k + 1)] = MON_1 + _k
    globals()['ABMON_%d' % (_k + 1)] = ABMON_1 + _k


def nl_langinfo(key):
    key = _index(key)
    fixed = {CODESET: getencoding(), RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM',
             D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
             T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ALT_DIGITS: '', CRNCYSTR: '-',
             YESEXPR: '^[yY]', NOEXPR: '^[nN]'}
    if key in fixed:
        return fixed[key]
    if DAY_1 <= key < DAY_1 + 7:
        return _DAYS[key - DAY_1]
    if ABDAY_1 <= key < ABDAY_1 + 7:
        return _DAYS[key - ABDAY_1][:3]
    if MON_1 <= key < MON_1 + 12:
        return _MONTHS[key - MON_1]
    if ABMON_1 <= key < ABMON_1 + 12:
        return _MONTHS[key - ABMON_1][:3]
    raise ValueError('unsupported langinfo constant')

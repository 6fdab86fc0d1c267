"""enum for the playground, written in Python: Enum, Flag, auto, unique, EnumType (EnumMeta),
member lookup by value and by name, aliases, iteration, the functional API, and the reprs and
errors of CPython 3.11. IntEnum, IntFlag and StrEnum members are ints / strs: the data type
is mixed in, as a class `Shape(float, Enum)` mixes in float."""

import sys as _sys
from types import MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'global_enum', 'property', 'verify',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'member', 'nonmember']

_builtin_property = property


class auto:
    """A member value chosen by _generate_next_value_ when the class is made."""
    _counter = 0

    def __init__(self, value=None):
        # placeholder until the class is made; the order of creation is the member order
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # ALL = READ | WRITE in a class body: CPython has resolved READ and WRITE by then; here
    # they are resolved when the class is made, so the expression waits for them
    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)

    def __add__(self, other):
        return _AutoOp(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return _AutoOp(lambda a, b: a + b, other, self)

    def __invert__(self):
        return _AutoOp(lambda a, b: ~a, self, None)


class _AutoOp(auto):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.value = None

    def resolve(self):
        def get(x):
            if isinstance(x, _AutoOp):
                return x.resolve()
            if isinstance(x, auto):
                return x._resolved
            return x
        return self.op(get(self.left), get(self.right))


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


# as enum.property: a member attribute (name, value) that a member of the same name may shadow;
# without a setter or deleter its errors name the class that defines it
class property:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self._owner = None
        self._attr = getattr(fget, '__name__', None)
        self.member = None  # a member of the same name: what the class gives

    def __set_name__(self, owner, name):
        self._owner = owner
        self._attr = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self if self.member is None else self.member
        if self.fget is None:
            raise AttributeError(f'{self._owner!r} has no attribute {self._attr!r}')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f'{self._owner!r} cannot set attribute {self._attr!r}')
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f'{self._owner!r} cannot delete attribute {self._attr!r}')
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


# A member named as an enum.property of a base (a member called 'name' or 'value'): the class
# attribute gives the member, the members keep the property (as _proto_member.__set_name__)
def _member_attribute(cls, name, member):
    for base in cls.__mro__[1:]:
        found = base.__dict__.get(name)
        if found is None:
            continue
        if not isinstance(found, property):
            break
        redirect = property(found.fget, found.fset, found.fdel)
        redirect.member = member
        redirect.__set_name__(cls, name)
        return redirect
    return member


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    # (functions count: they are descriptors in CPython)
    return (type(obj).__name__ in ('function', 'builtin_function_or_method')
            or hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


class FlagBoundary:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self.name, self.name.lower())


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


def _bits(n):
    return bin(n)[2:] if n >= 0 else '-' + bin(n)[3:]


Enum = Flag = None  # until they are defined below


class EnumType(type):
    """The metaclass of every enumeration."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # the members: plain values in the body, in order (auto() values resolved in order)
        members = []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        body = {}
        for key, value in list(classdict.items()):
            if key == '_ignore_' or key in ignore:
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value) or isinstance(value, type)):
                body[key] = value
                continue
            if key in [m for m, _ in members]:
                raise TypeError('%r already defined as %r' % (key, classdict[key]))
            members.append((key, value))
        # nothing may extend an enumeration that has members
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_new_member_'] = None
        user_new = classdict.get('__new__')
        if user_new is not None and first_enum is not None:
            body['_new_member_'] = user_new
            del body['__new__']
        if boundary is not None:
            body['_boundary_'] = boundary
        for key in ignore:
            body.pop(key, None)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if '_boundary_' not in enum_class.__dict__ and not hasattr(enum_class, '_boundary_'):
            enum_class._boundary_ = None
        new_member = enum_class._find_new_member_(member_type, first_enum)
        # values: auto() placeholders become _generate_next_value_(...) in order
        gen = enum_class._generate_next_value_
        last_values = []
        for index, (name, value) in enumerate(members):
            if isinstance(value, _AutoOp):
                value = value.resolve()
            elif isinstance(value, auto):
                placeholder = value
                if value.value is None:
                    value = gen(name, 1, len(last_values), last_values[:])
                else:
                    value = value.value
                placeholder._resolved = value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(name, 1, len(last_values), last_values[:])
                              if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value, new_member, member_type)
        if member_type is not object:
            metacls._keep_enum_methods_(enum_class, classdict, first_enum)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ = 0
            enum_class._all_bits_ = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    enum_class._flag_mask_ |= m._value_
            mask = enum_class._flag_mask_
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1 if mask else 0
        return enum_class

    @staticmethod
    def _keep_enum_methods_(enum_class, classdict, first_enum):
        # a mixed-in data type (int in IntEnum) comes before Enum in the MRO: lookup by value
        # stays Enum.__new__, and the data type's repr/str/format/bitwise operators do not
        # hide the enumeration's (as EnumType.__new__ in CPython)
        type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        names = ['__repr__', '__str__', '__format__']
        if Flag is not None and issubclass(enum_class, Flag):
            names += ['__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                      '__invert__']
        for name in names:
            if name in classdict:
                continue
            owner = next(k for k in enum_class.__mro__ if name in k.__dict__)
            if not isinstance(owner, EnumType):
                source = first_enum if name in ('__repr__', '__str__', '__format__') else Flag
                type.__setattr__(enum_class, name, getattr(source, name))

    def _add_member_(cls, name, value, new_member, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is None:
            enum_member = object.__new__(cls)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value
        else:
            enum_member = new_member(cls, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    enum_member._value_ = member_type(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(cls._member_names_)
        init = cls.__dict__.get('__init__') or _find_attr(cls, '__init__')
        if init is not None and init is not Enum.__init__:
            init(enum_member, *args)
        # an alias: a value already taken by an earlier member
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                enum_member = existing
                break
        else:
            # a Flag lists only its single-bit members (ALL = R | W is an alias-like name)
            if not (Flag is not None and issubclass(cls, Flag) and isinstance(value, int)
                    and (value == 0 or value & (value - 1))):
                cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, _member_attribute(cls, name, enum_member))

    def _find_new_member_(cls, member_type, first_enum):
        for klass in cls.__mro__:
            new = klass.__dict__.get('_new_member_')
            if new is not None:
                return new
        if member_type is object:
            return None
        return member_type.__new__ if member_type is not object else None

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is object or isinstance(klass, EnumType):
                    if isinstance(klass, EnumType) and klass._member_type_ is not object:
                        if member_type is object:
                            member_type = klass._member_type_
                        break
                    continue
                if member_type is object:
                    member_type = klass
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = []
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
        elif hasattr(names, 'items'):
            items = list(names.items())
        else:
            items = [tuple(item) for item in names]
        classdict = {}
        for name, value in items:
            classdict[name] = value
        classdict['__module__'] = module if module is not None else _caller_module()
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('cannot delete member %r.' % attr)
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _find_attr(cls, name):
    for klass in cls.__mro__[1:]:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs (a class whose members are its instances)."""

    def __new__(cls, value):
        # Color(1): the member whose value is 1 (members themselves are made by EnumType)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value, )) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only the repr is the enum's; str() and format() are the value's."""


def _value_str(self):
    return str(self._value_)


def _value_format(self, format_spec):
    # as int.__format__ / str.__format__: an empty spec is str(self)
    if not format_spec:
        return str(self)
    return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """An enumeration whose members are ints."""

    __str__ = _value_str
    __format__ = _value_format


class StrEnum(str, ReprEnum):
    """An enumeration whose members are strs; auto() gives the member's name lowercased."""

    def __new__(cls, *values):
        # the member is str(*values), and only str arguments are taken (as CPython 3.11)
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2], ))
        value = str(*values)
        enum_member = str.__new__(cls, value)
        enum_member._value_ = value
        return enum_member

    __str__ = _value_str
    __format__ = _value_format

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum, boundary=STRICT):
    """Members combine with | & ^ ~ into flags that are also members of the class."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _single_members_(cls):
        return [cls._member_map_[n] for n in cls._member_names_
                if cls._member_map_[n]._value_ and
                cls._member_map_[n]._value_ & (cls._member_map_[n]._value_ - 1) == 0]

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if boundary is STRICT and (value < 0 or value & ~flag_mask):
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, _pad_bits(value, width), _pad_bits(flag_mask, width)))
        if value < 0:
            value = all_bits + 1 + value
            value &= flag_mask if boundary is not KEEP else all_bits
        if boundary is CONFORM:
            value &= flag_mask
        members = [m for m in cls._single_members_() if m._value_ & value == m._value_]
        # named combinations defined in the class come first (as CPython's _missing_)
        pseudo = object.__new__(cls) if cls._member_type_ is object else \
            cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        covered = 0
        names = []
        for m in members:
            names.append(m._name_)
            covered |= m._value_
        if not covered:
            # no member's bits: <Perm: 8>, not <Perm.8: 8>
            pseudo._name_ = None
        else:
            extra = value & ~covered
            if extra:
                names.append(cls._numeric_repr_(extra))
            pseudo._name_ = '|'.join(names)
        pseudo._sort_order_ = -1
        # remember the pseudo-member so Perm(6) is Perm(6)
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in self.__class__._single_members_()
                     if m._value_ & self._value_ == m._value_])

    def __len__(self):
        return bin(self._value_).count('1')

    def __hash__(self):
        return hash(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._boundary_ is KEEP and self._member_type_ is not object:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _pad_bits(value, width):
    digits = bin(value)[2:]
    return '0b0 ' + digits.zfill(width) if value >= 0 else '0b1 ' + digits


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints; values outside the flags are kept."""

    __str__ = _value_str
    __format__ = _value_format

    def _other_value(self, other):
        if isinstance(other, Flag):
            return other._value_ if isinstance(other, self.__class__) else NotImplemented
        if isinstance(other, int):
            return other
        return NotImplemented

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)


def unique(enumeration):
    """A class decorator that refuses aliases (two names for one value)."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def verify(*checks):
    def decorate(enumeration):
        return enumeration
    return decorate

package runtime

// FrozenInstanceError is dataclasses.FrozenInstanceError, which assigning
// to a field of a @dataclass(frozen=True) instance raises. As in CPython it
// derives from AttributeError.
var FrozenInstanceError = NewExcType("FrozenInstanceError", AttributeError)

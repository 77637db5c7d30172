package flow

// A Part is one piece of a statically evaluated string: literal text, a
// parameter of the function being analyzed (so the function is a wrapper
// whose callers supply it), or something computed at run time.
//
// Facts record Parts with encoding/gob: the fields, their names, types and
// order are a file format and must not change.
type Part struct {
	Lit     string
	Param   int // index of the parameter, when IsParam
	IsParam bool
	Unknown bool
	// Field, on an unknown part, is the struct field it was read from
	// ("pkgpath.Type.Field") when the object is one the flow cannot
	// trace and the field holds what code out of sight stores there: a
	// job handed over a channel, a command taken from a registry. The
	// client may read the stores themselves (Program.HoleField).
	Field string
}

// A Str is a string as it is known statically: a concatenation of parts.
// A nil Str is wholly unknown.
type Str = []Part

// Lit returns the Str that is the literal text s.
func Lit(s string) Str { return Str{{Lit: s}} }

func isLit(p Part) bool { return !p.IsParam && !p.Unknown }

// AppendPart appends p to s, merging adjacent literals and runs of
// unknowns (one unknown stands for any run of them; a field's hole stays
// apart from others), and dropping empty literals.
func AppendPart(s Str, p Part) Str {
	n := len(s)
	switch {
	case isLit(p) && p.Lit == "":
	case isLit(p) && n > 0 && isLit(s[n-1]):
		s[n-1].Lit += p.Lit
	case p.Unknown && n > 0 && s[n-1].Unknown && p.Field == s[n-1].Field:
	default:
		s = append(s, p)
	}
	return s
}

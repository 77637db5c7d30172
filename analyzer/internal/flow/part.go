package flow

// A Part is one piece of a string as the analysis knows it statically:
// literal text, a parameter of the function being summarized (its callers
// supply it), or something computed at run time. Facts carry these, so
// the layout is fixed: gob encodes the fields by name.
type Part struct {
	Lit     string
	Param   int // index of the parameter, when IsParam
	IsParam bool
	Unknown bool
}

// A Str is a string as a concatenation of parts; nil is wholly unknown.
type Str = []Part

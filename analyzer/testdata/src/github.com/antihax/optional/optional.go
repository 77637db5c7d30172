// Package optional stands in for github.com/antihax/optional v1.0.0 in
// rcperm's tests: the generated RingCentral SDK's *Opts parameter structs use
// these types, so its stand-in needs them to keep the real signatures. Only
// the types that SDK uses are here, with the real API.
package optional

import "time"

// Bool is an optional bool.
type Bool struct {
	isSet bool
	value bool
}

// NewBool returns a Bool set to value.
func NewBool(value bool) Bool {
	return Bool{true, value}
}

// EmptyBool returns a Bool that does not have a value set.
func EmptyBool() Bool {
	return Bool{false, false}
}

// IsSet reports whether a value is set.
func (o Bool) IsSet() bool {
	return o.isSet
}

// Value returns the value, which is the zero value if none is set.
func (o Bool) Value() bool {
	return o.value
}

// Default returns the value if one is set, and defaultValue otherwise.
func (o Bool) Default(defaultValue bool) bool {
	if o.isSet {
		return o.value
	}
	return defaultValue
}

// Int32 is an optional int32.
type Int32 struct {
	isSet bool
	value int32
}

// NewInt32 returns a Int32 set to value.
func NewInt32(value int32) Int32 {
	return Int32{true, value}
}

// EmptyInt32 returns a Int32 that does not have a value set.
func EmptyInt32() Int32 {
	return Int32{false, 0}
}

// IsSet reports whether a value is set.
func (o Int32) IsSet() bool {
	return o.isSet
}

// Value returns the value, which is the zero value if none is set.
func (o Int32) Value() int32 {
	return o.value
}

// Default returns the value if one is set, and defaultValue otherwise.
func (o Int32) Default(defaultValue int32) int32 {
	if o.isSet {
		return o.value
	}
	return defaultValue
}

// Interface is an optional interface{}.
type Interface struct {
	isSet bool
	value interface{}
}

// NewInterface returns a Interface set to value.
func NewInterface(value interface{}) Interface {
	return Interface{true, value}
}

// EmptyInterface returns a Interface that does not have a value set.
func EmptyInterface() Interface {
	return Interface{false, nil}
}

// IsSet reports whether a value is set.
func (o Interface) IsSet() bool {
	return o.isSet
}

// Value returns the value, which is the zero value if none is set.
func (o Interface) Value() interface{} {
	return o.value
}

// Default returns the value if one is set, and defaultValue otherwise.
func (o Interface) Default(defaultValue interface{}) interface{} {
	if o.isSet {
		return o.value
	}
	return defaultValue
}

// String is an optional string.
type String struct {
	isSet bool
	value string
}

// NewString returns a String set to value.
func NewString(value string) String {
	return String{true, value}
}

// EmptyString returns a String that does not have a value set.
func EmptyString() String {
	return String{false, ""}
}

// IsSet reports whether a value is set.
func (o String) IsSet() bool {
	return o.isSet
}

// Value returns the value, which is the zero value if none is set.
func (o String) Value() string {
	return o.value
}

// Default returns the value if one is set, and defaultValue otherwise.
func (o String) Default(defaultValue string) string {
	if o.isSet {
		return o.value
	}
	return defaultValue
}

// Time is an optional time.Time.
type Time struct {
	isSet bool
	value time.Time
}

// NewTime returns a Time set to value.
func NewTime(value time.Time) Time {
	return Time{true, value}
}

// EmptyTime returns a Time that does not have a value set.
func EmptyTime() Time {
	return Time{false, time.Time{}}
}

// IsSet reports whether a value is set.
func (o Time) IsSet() bool {
	return o.isSet
}

// Value returns the value, which is the zero value if none is set.
func (o Time) Value() time.Time {
	return o.value
}

// Default returns the value if one is set, and defaultValue otherwise.
func (o Time) Default(defaultValue time.Time) time.Time {
	if o.isSet {
		return o.value
	}
	return defaultValue
}

package permissions

import (
	"math/bits"
	"sort"
	"strings"
)

// maxPermissions is how many distinct permissions a Set can hold.
const maxPermissions = 64

// Set is a set of known permissions. The zero value is the empty set. Sets
// are plain values: cheap to copy, compare and combine with | and &^.
type Set uint64

// SetOf returns the set of the known permissions among ps and the names
// that are not known permissions, in their given order.
func SetOf(ps ...Permission) (Set, []Permission) {
	r := loadRegistry()
	var s Set
	var unknown []Permission
	for _, p := range ps {
		if i, ok := r.byName[p]; ok {
			s |= 1 << i
		} else {
			unknown = append(unknown, p)
		}
	}
	return s, unknown
}

// mustSetOf is SetOf for names the package's own data guarantees.
func mustSetOf(ps ...Permission) Set {
	s, unknown := SetOf(ps...)
	if len(unknown) > 0 {
		panic("permissions: unknown permission in embedded data: " + string(unknown[0]))
	}
	return s
}

// Has reports whether p is in s itself (not counting inclusion).
func (s Set) Has(p Permission) bool {
	i, ok := loadRegistry().byName[p]
	return ok && s&(1<<i) != 0
}

// Len is the number of permissions in s.
func (s Set) Len() int { return bits.OnesCount64(uint64(s)) }

// Grants returns s with everything its permissions include, transitively.
func (s Set) Grants() Set {
	r := loadRegistry()
	g := s
	for rest := uint64(s); rest != 0; rest &= rest - 1 {
		g |= r.closure[bits.TrailingZeros64(rest)]
	}
	return g
}

// Missing returns the permissions of required that s does not grant,
// directly or by inclusion. An empty result means s satisfies required.
func (s Set) Missing(required Set) Set { return required &^ s.Grants() }

// Permissions lists s by name.
func (s Set) Permissions() []Permission {
	r := loadRegistry()
	out := make([]Permission, 0, s.Len())
	for rest := uint64(s); rest != 0; rest &= rest - 1 {
		out = append(out, r.infos[bits.TrailingZeros64(rest)].Name)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// String formats s as RingCentral's messages do: "[ReadCallLog]", or
// "[ReadCallLog, ReadCallRecording]" for several.
func (s Set) String() string {
	names := s.Permissions()
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = string(n)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

package permissions

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// Operation is one RingCentral REST operation.
type Operation struct {
	// Method is the HTTP method, upper case.
	Method string
	// Path is the spec's path template, for example
	// "/restapi/v1.0/account/{accountId}/call-log".
	Path string
	// ID is the spec's operationId, the name RingCentral's API reference uses.
	ID string
	// AppPermission is the spec's x-app-permission, "" when it names none.
	AppPermission Permission
	// UserPermission is the spec's x-user-permission ("" for none): what
	// the role of the user behind the token must allow, which no app
	// permission grants. RingCentral refuses the call without it with 403
	// CMN-408; CheckUser reproduces that answer, and UserPermissions lists
	// every name. One operation gives alternatives, "A OR B" (see
	// UserPermissionAlternatives).
	UserPermission string
	// MediaAPI marks operations served from the media host.
	MediaAPI bool
	// Requires is every app permission the call needs (all of them): the
	// spec's AppPermission, or the override's list. Empty when the
	// operation needs none.
	Requires Set
	// Overridden is true when Requires comes from overrides.tsv rather than
	// the spec.
	Overridden bool
	// Legacy is true for an operation of legacy_operations.tsv: a route
	// missing from RingCentral's current spec that RingCentral still serves,
	// known from the spec an older generated SDK shipped. Its AppPermission
	// is today's name of the permission that spec names (TeamMessaging for
	// Glip).
	Legacy bool
	// Current is the operationId of the current operation a legacy route
	// became ("" for none, and for a current operation): the same method
	// at /team-messaging/v1 for a /restapi/v1.0/glip route. See
	// CurrentEquivalent.
	Current string

	// self lets a Match of exactly this operation list it as candidates
	// without allocating.
	self [1]*Operation
	// segments is Path split, for nearest's edit distances.
	segments []string
}

// CurrentEquivalent returns the current operation a legacy one became, or
// nil.
func (op *Operation) CurrentEquivalent() *Operation {
	if op.Current == "" {
		return nil
	}
	cur, _ := OperationByID(op.Current)
	return cur
}

func (op *Operation) String() string { return op.Method + " " + op.Path + " (" + op.ID + ")" }

//go:embed operations.tsv
var operationsTSV string

//go:embed overrides.tsv
var overridesTSV string

//go:embed legacy_operations.tsv
var legacyOperationsTSV string

type table struct {
	ops  []*Operation
	byID map[string]*Operation
	root *node
}

var loadTable = sync.OnceValue(func() *table {
	t, err := parseTable(operationsTSV, overridesTSV)
	if err != nil {
		panic("permissions: embedded operation table: " + err.Error())
	}
	return t
})

// loadLegacyTable is the table Lookup falls back on when no current
// operation matches. It is apart from the current table so that a legacy
// operation never shadows or joins a current one, and its operationIds may
// repeat current ones.
var loadLegacyTable = sync.OnceValue(func() *table {
	t := &table{byID: map[string]*Operation{}, root: newNode()}
	err := eachRow(legacyOperationsTSV, 8, func(line int, f []string) error {
		op, err := t.add(line, f)
		op.Legacy, op.Current = true, undash(f[6])
		return err
	})
	if err != nil {
		panic("permissions: embedded legacy_operations.tsv: " + err.Error())
	}
	return t
})

func parseTable(opsText, overridesText string) (*table, error) {
	t := &table{byID: map[string]*Operation{}, root: newNode()}
	err := eachRow(opsText, 6, func(line int, f []string) error {
		op, err := t.add(line, f)
		op.MediaAPI = f[5] == "yes"
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("operations.tsv: %w", err)
	}
	err = eachRow(overridesText, 4, func(line int, f []string) error {
		op := t.byID[f[2]]
		if op == nil || op.Method != f[0] || op.Path != f[1] {
			return fmt.Errorf("line %d: %s %s %s is not in the operation table", line, f[0], f[1], f[2])
		}
		var names []Permission
		for _, n := range strings.Split(f[3], ",") {
			names = append(names, Permission(n))
		}
		s, unknown := SetOf(names...)
		if len(unknown) > 0 {
			return fmt.Errorf("line %d: unknown permission %s", line, unknown[0])
		}
		op.Requires, op.Overridden = s, true
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("overrides.tsv: %w", err)
	}
	return t, nil
}

// add adds the operation of a table row whose first five fields are method,
// path, operationId, app permission and user permission ("-" for none). It
// returns the operation even with an error, for the caller to finish.
func (t *table) add(line int, f []string) (*Operation, error) {
	op := &Operation{Method: f[0], Path: f[1], ID: f[2], UserPermission: undash(f[4])}
	if app := undash(f[3]); app != "" {
		op.AppPermission = Permission(app)
		s, unknown := SetOf(op.AppPermission)
		if len(unknown) > 0 {
			return op, fmt.Errorf("line %d: %s needs unknown permission %s", line, op.ID, app)
		}
		op.Requires = s
	}
	if _, dup := t.byID[op.ID]; dup {
		return op, fmt.Errorf("line %d: operationId %s twice", line, op.ID)
	}
	op.self[0] = op
	op.segments = strings.Split(strings.Trim(op.Path, "/"), "/")
	t.byID[op.ID] = op
	t.ops = append(t.ops, op)
	return op, t.root.insert(op)
}

// eachRow calls fn with the fields of each non-comment line of a
// tab-separated text, which must have exactly n fields.
func eachRow(text string, n int, fn func(line int, fields []string) error) error {
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			return fmt.Errorf("line %d: want %d tab-separated fields, have %d", i+1, n, len(f))
		}
		if err := fn(i+1, f); err != nil {
			return err
		}
	}
	return nil
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// Operations returns every operation in the table, sorted by path, then
// method. The result is shared: do not modify it.
func Operations() []*Operation { return loadTable().ops }

// LegacyOperations returns every operation of the legacy table (see
// Operation.Legacy), sorted by path, then method. The result is shared: do
// not modify it.
func LegacyOperations() []*Operation { return loadLegacyTable().ops }

// OperationByID returns the current operation with the given operationId.
func OperationByID(id string) (*Operation, bool) {
	op, ok := loadTable().byID[id]
	return op, ok
}

// LegacyOperationByID returns the legacy operation (see Operation.Legacy)
// with the given operationId, which a current one may share.
func LegacyOperationByID(id string) (*Operation, bool) {
	op, ok := loadLegacyTable().byID[id]
	return op, ok
}

package reports // want package:`needs\(\[\]\) wrappers=true module=""`

// Package reports runs a table of reports, more than the value flow
// follows as one set: each entry's path is a format its Args fill in,
// sent through a client interface main wires in. Each entry is a
// request, reported where the client is known.

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

type Config struct{ AccountID, ExtensionID string }

type Report struct {
	Name    string
	Method  string
	PathFmt string // want PathFmt:`field stores\(10\)`
	Args    func(c Config) []any
}

func account(c Config) []any   { return []any{c.AccountID} }
func extension(c Config) []any { return []any{c.AccountID, c.ExtensionID} }
func noArgs(Config) []any      { return nil }

var reports = []Report{
	{Name: "calls", Method: http.MethodGet, PathFmt: "/restapi/v1.0/account/%s/call-log", Args: account},
	{Name: "sms", Method: http.MethodGet, PathFmt: "/restapi/v1.0/account/%s/extension/%s/message-store", Args: extension},
	{Name: "directory", Method: http.MethodPost, PathFmt: "/restapi/v1.0/account/%s/directory/entries/search", Args: account},
	{Name: "teams", Method: http.MethodGet, PathFmt: "/team-messaging/v1/chats", Args: noArgs},
	{Name: "presence", Method: http.MethodGet, PathFmt: "/restapi/v1.0/account/%s/presence", Args: account},
	{Name: "queues", Method: http.MethodGet, PathFmt: "/restapi/v1.0/account/%s/call-queues", Args: account},
	{Name: "contacts", Method: http.MethodGet, PathFmt: "/restapi/v1.0/account/%s/extension/%s/address-book/contact", Args: extension},
	{Name: "meetings", Method: http.MethodGet, PathFmt: "/rcvideo/v1/history/meetings", Args: noArgs},
	{Name: "volume", Method: http.MethodPost, PathFmt: "/analytics/calls/v1/accounts/%s/aggregation/fetch", Args: account},
	{Name: "my-calls", Method: http.MethodGet, PathFmt: "/restapi/v1.0/account/%s/extension/%s/call-log", Args: extension},
}

// lookup picks reports by name, or all of them.
func lookup(names []string) []Report {
	if len(names) == 0 {
		return reports
	}
	byName := map[string]Report{}
	for _, r := range reports {
		byName[r.Name] = r
	}
	out := make([]Report, 0, len(names))
	for _, n := range names {
		out = append(out, byName[strings.TrimSpace(n)])
	}
	return out
}

// API is the client the runner is given.
type API interface {
	Do(ctx context.Context, method, path string) error
}

type Runner struct {
	api API
	cfg Config
}

func NewRunner(api API, cfg Config) *Runner { return &Runner{api: api, cfg: cfg} }

func (rn *Runner) Run(ctx context.Context, names []string) error { // want Run:`requests\(via Do\(\{\}, GET, /restapi/v1\.0/account/\{\}/call-log\), via Do\(\{\}, GET, /restapi/v1\.0/account/\{\}/extension/\{\}/message-store\), via Do\(\{\}, POST, /restapi/v1\.0/account/\{\}/directory/entries/search\), via Do\(\{\}, GET, /team-messaging/v1/chats\), via Do\(\{\}, GET, /restapi/v1\.0/account/\{\}/presence\), via Do\(\{\}, GET, /restapi/v1\.0/account/\{\}/call-queues\), via Do\(\{\}, GET, /restapi/v1\.0/account/\{\}/extension/\{\}/address-book/contact\), via Do\(\{\}, GET, /rcvideo/v1/history/meetings\), via Do\(\{\}, POST, /analytics/calls/v1/accounts/\{\}/aggregation/fetch\), via Do\(\{\}, GET, /restapi/v1\.0/account/\{\}/extension/\{\}/call-log\)\)`
	for _, r := range lookup(names) {
		if err := rn.run(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

func (rn *Runner) run(ctx context.Context, r Report) error { // want run:`requests\(via Do\(\{\}, \{\$1281\}, \{\}\{\$1282\}\{\}\) \(callers: Do\(\{\}, \{\$1281\}, \{\$192\}\), 1 deferred\)\)`
	path := fmt.Sprintf(r.PathFmt, r.Args(rn.cfg)...)
	return rn.api.Do(ctx, r.Method, path)
}

package app // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`

import (
	"context"
	"iter"
	"log"

	"deferredroute/lib"
)

func direct(ctx context.Context, c *lib.Client, acct, ext string) { // want direct:`requests\(.*`
	lib.Do(ctx, c, lib.ExtensionCallLog, acct, ext) // want `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
	lib.Do(ctx, c, lib.Extension, acct, ext)        // granted
}

// chosen picks the endpoint and its arguments together: the combinations
// the helper refuses are none a run makes.
func chosen(ctx context.Context, c *lib.Client, acct, ext string) { // want chosen:`requests\(.*`
	ep, args := lib.CallLog, []string{acct}
	if ext != "" {
		ep, args = lib.ExtensionCallLog, append(args, ext)
	}
	lib.Do(ctx, c, ep, args...) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]` `GET /restapi/v1.0/account/\{accountId\}/extension/\{extensionId\}/call-log \(readUserCallLog\) needs \[ReadCallLog\]`
}

// pages sends from a closure that captures the endpoint and arguments.
func pages(ctx context.Context, c *lib.Client, acct, ext string) iter.Seq[int] { // want pages:`requests\(.*`
	ep, args := lib.Extension, []string{acct, ext}
	if ext == "" {
		ep, args = lib.CallLog, []string{acct}
	}
	return func(yield func(int) bool) {
		for {
			n, err := lib.Do(ctx, c, ep, args...) // want `GET /restapi/v1.0/account/\{accountId\}/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
			if err != nil || !yield(n) {
				return
			}
		}
	}
}

func query(ctx context.Context, c *lib.Client, params map[string]string) { // want query:`requests\(.*`
	c.Get(ctx, lib.WithQuery("/restapi/v1.0/account/~/call-log", params))    // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\) needs \[ReadCallLog\]`
	log.Print(lib.WithQuery("/restapi/v1.0/account/~/active-calls", params)) // only logged
}

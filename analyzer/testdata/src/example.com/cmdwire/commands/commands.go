package commands // want package:`needs\(\[\]\) wrappers=false module=""`

import (
	"context"
	"net/http"
	"net/url"
	"path"

	"example.com/cmdwire/cli"
)

const me = "/restapi/v1.0/account/~/extension/~"

var All = []*cli.Command{callLog, sms}

var callLog = &cli.Command{
	Name: "calls",
	Run: func(ctx context.Context, env *cli.Env, args []string) error {
		return env.API.Call(ctx, http.MethodGet, path.Join(me, "call-log"))
	},
}

var sms = &cli.Command{
	Name: "sms",
	Run: func(ctx context.Context, env *cli.Env, args []string) error {
		return env.API.Call(ctx, http.MethodPost, path.Join(me, "sms")+"?to="+url.QueryEscape(args[0]))
	},
}

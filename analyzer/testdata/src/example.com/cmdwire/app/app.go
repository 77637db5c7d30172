package app // want package:`needs\(\[ReadCallLog, SMS\]\) wrappers=false module=""`

// Package app wires the API in: the conversion of the REST client to the
// interface is where the commands' calls are requests; the dry run's is
// none.

import (
	"context"
	"net/http"
	"os"

	"example.com/cmdwire/cli"
	"example.com/cmdwire/commands"
	"example.com/cmdwire/rest"
)

func Main(ctx context.Context, dry bool) error {
	env := &cli.Env{Out: os.Stdout, API: &rest.Client{Server: "https://platform.ringcentral.com", HTTP: http.DefaultClient}} // want `GET /restapi/v1\.0/account/~/extension/~/call-log \(readUserCallLog\) needs \[ReadCallLog\]` `POST /restapi/v1\.0/account/~/extension/~/sms \(createSMSMessage\) needs \[SMS\]`
	if dry {
		env.API = cli.DryRun{W: os.Stdout}
	}
	return cli.Execute(ctx, commands.All, env, os.Args[1:])
}

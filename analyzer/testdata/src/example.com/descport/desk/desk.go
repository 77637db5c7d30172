// Package desk writes no route and imports nothing that requests: it // want package:`needs\(\[\]\) wrappers=true module=""`
// hands descriptors another package builds to a port main wires in.
package desk

import (
	"context"

	"example.com/descport/rcapi"
)

type Runner interface {
	Run(ctx context.Context, r rcapi.Req, out any) error
}

type Desk struct {
	RC Runner
}

func (d *Desk) Start(ctx context.Context) error { // want Start:`requests\(via Run\(\{\}, \{\}, \{\}, \$1280=GET, \$1281=/restapi/v1\.0/account/~/extension/~\), via Run\(\{\}, \{\}, \{\}, \$1280=GET, \$1281=/restapi/v1\.0/account/~/call-log\)\)`
	var me struct{ ID int64 }
	if err := d.RC.Run(ctx, rcapi.Whoami(), &me); err != nil {
		return err
	}
	return d.RC.Run(ctx, rcapi.CallLog(), nil)
}

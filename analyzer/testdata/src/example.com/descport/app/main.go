// The command wires the executor in: the descriptors desk hands the port // want package:`needs\(\[ReadAccounts, ReadCallLog\]\) wrappers=true module=""`
// are its requests.
package main

import (
	"context"

	"example.com/descport/desk"
	"example.com/descport/shell"
)

func main() { // want main:`requests\(GET \{\}/restapi/v1\.0/account/~/extension/~, GET \{\}/restapi/v1\.0/account/~/call-log\)`
	d := &desk.Desk{RC: shell.New("https://platform.ringcentral.com")}
	_ = d.Start(context.Background()) // want `GET /restapi/v1\.0/account/~/extension/~ \(readExtension\) needs \[ReadAccounts\]`
}

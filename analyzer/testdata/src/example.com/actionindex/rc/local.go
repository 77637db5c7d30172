package rc // want package:`needs\(\[ReadCallLog\]\) wrappers=true module=""`

// The package looks its requests up by action name in an index a loop
// builds once from a list of rules: each action is the rule it keys.

import "context"

// Local passes the action of one rule: that rule's request only.
func Local(ctx context.Context, g *Gateway) { // want Local:`requests\(GET https://platform.ringcentral.com/restapi/v1.0/account/~/call-log\)`
	g.Call(ctx, ActionListCalls, "") // want `GET /restapi/v1.0/account/~/call-log \(readCompanyCallLog\)`
}

package main

import (
	"os"
	"strings"
	"testing"
)

const sharedFilters = "../../../../shared/ringcentral/event-filters.tsv"

// TestCommittedEventFilterTableIsGenerated keeps event_filters.tsv what the
// generator makes of ../shared's event-filters.tsv and permissions.tsv.
func TestCommittedEventFilterTableIsGenerated(t *testing.T) {
	source, err := os.ReadFile(sharedFilters)
	if err != nil {
		t.Skipf("event-filters.tsv not available (%v): ../shared is only beside the repository on developer and CI machines", err)
	}
	registry, err := os.ReadFile("../../permissions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var tables [][]byte
	for _, name := range []string{"../../operations.tsv", "../../legacy_operations.tsv"} {
		table, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		tables = append(tables, table)
	}
	got, err := GenerateEventFilters(source, knownPermissions(registry), tables...)
	checkCommitted(t, "event_filters.tsv", got, err, sharedFilters)
}

func TestGenerateEventFilters(t *testing.T) {
	known := knownPermissions([]byte("# name\tincludes\n" +
		"ReadAccounts\t-\tno\tx\nReadPresence\t-\tno\tx\nReadMessages\t-\tno\tx\nTeamMessaging\t-\tno\tx\nEditPresence\t-\tno\tx\n"))
	source := "# filter_template\tevent_name\tpermissions\tquery_params\tmatching_get_operation\tspec_permission\tnote\n" +
		"/a/{accountId}/presence\tAccount Presence\tReadAccounts\t-\treadAccountPresence\tReadPresence\tDISAGREES\n" +
		"/a/{accountId}/extension/{extensionId}/presence\tPresence\tReadPresence\tdetailedTelephonyState\treadUserPresenceStatus\tReadPresence\tagrees\n" +
		"/a/~/instant\tInstant\t-\ttype\t-\t-\tx-notifications links InstantMessageEvent to GET listMessages (ReadMessages)\n" +
		"/a/~/missed-calls\tMissed\t-\t-\t-\t-\tspec x-notifications links MissedCallEvent (and IncomingCallEvent) to PUT updateUserPresenceStatus (EditPresence)\n" +
		"/tm/chats\tChats\tUnifiedAppDesktop\t-\tlistGlipChatsNew\tTeamMessaging\tDISAGREES\n" +
		"/subscription/~\tRenewal\t-\tthreshold\treadSubscription\tnone declared\tno permission stated\n" +
		"/tm/v1/posts\tPosts\tUnifiedAppDesktop\t-\t-\t-\tno GET\n" +
		"/x/v1/things\tThings\t-\t-\t-\t-\tno GET\n" +
		"/r/v1.0/glip/hooks\tHooks\t-\t-\t-\t-\tno GET\n"
	ops := "GET\t/tm/v1/chats\tlistChats\tTeamMessaging\t-\tno\nPOST\t/tm/v1/chats/{chatId}/posts\tcreatePost\tTeamMessaging\t-\tno\n" +
		"GET\t/x/v1/a\ta\tReadAccounts\t-\tno\nGET\t/x/v1/b\tb\tReadMessages\t-\tno\n" +
		"GET\t/r/v1.0/status\tstatus\t-\t-\tno\nGET\t/r/v1.0/account/{accountId}\tacc\tReadAccounts\t-\tno\n"
	legacy := "GET\t/r/v1.0/glip/groups\tloadGroups\tTeamMessaging\t-\tGlip\t-\tspec\n"
	got, err := GenerateEventFilters([]byte(source), known, []byte(ops), []byte(legacy))
	if err != nil {
		t.Fatal(err)
	}
	// The team messaging posts take the family's TeamMessaging (the
	// family's only GET needs it); the things' family disagrees (unknown);
	// the Glip hooks' /r/v1.0 disagrees, /r/v1.0/glip agrees.
	want := "/a/{accountId}/presence\t-\tReadAccounts,ReadPresence\tReadAccounts\treadAccountPresence\tReadPresence\tpage,spec\n" +
		"/a/{accountId}/extension/{extensionId}/presence\tdetailedTelephonyState\tReadPresence\tReadPresence\treadUserPresenceStatus\tReadPresence\tpage\n" +
		"/a/~/instant\ttype\tReadMessages\t-\tlistMessages\tReadMessages\tspec\n" +
		"/a/~/missed-calls\t-\t-\t-\t-\t-\tunknown\n" +
		"/tm/chats\t-\tTeamMessaging\tUnifiedAppDesktop\tlistGlipChatsNew\tTeamMessaging\tspec\n" +
		"/subscription/~\tthreshold\t-\t-\treadSubscription\t-\tnone\n" +
		"/tm/v1/posts\t-\tTeamMessaging\tUnifiedAppDesktop\t-\t-\tfamily:/tm/v1\n" +
		"/x/v1/things\t-\t-\t-\t-\t-\tunknown\n" +
		"/r/v1.0/glip/hooks\t-\tTeamMessaging\t-\t-\t-\tfamily:/r/v1.0/glip\n"
	if !strings.HasSuffix(string(got), want) {
		t.Errorf("GenerateEventFilters =\n%s\nwant rows\n%s", got, want)
	}
}

func TestGenerateEventFiltersRejects(t *testing.T) {
	tests := map[string]string{
		"no rows":       "# header only\n",
		"short row":     "/a\tb\tc\n",
		"query in path": "/a?x=1\te\t-\t-\t-\t-\tn\n",
		"twice":         "/a\te\t-\t-\t-\t-\tn\n/a\te\t-\t-\t-\t-\tn\n",
	}
	for name, source := range tests {
		if _, err := GenerateEventFilters([]byte(source), nil); err == nil {
			t.Errorf("%s: GenerateEventFilters accepted %q", name, source)
		}
	}
}

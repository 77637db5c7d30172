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
	got, err := GenerateEventFilters(source, knownPermissions(registry))
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
		"/subscription/~\tRenewal\t-\tthreshold\treadSubscription\tnone declared\tno permission stated\n"
	got, err := GenerateEventFilters([]byte(source), known)
	if err != nil {
		t.Fatal(err)
	}
	want := "/a/{accountId}/presence\t-\tReadAccounts,ReadPresence\tReadAccounts\treadAccountPresence\tReadPresence\n" +
		"/a/{accountId}/extension/{extensionId}/presence\tdetailedTelephonyState\tReadPresence\tReadPresence\treadUserPresenceStatus\tReadPresence\n" +
		"/a/~/instant\ttype\tReadMessages\t-\tlistMessages\tReadMessages\n" +
		"/a/~/missed-calls\t-\t-\t-\t-\t-\n" +
		"/tm/chats\t-\tTeamMessaging\tUnifiedAppDesktop\tlistGlipChatsNew\tTeamMessaging\n" +
		"/subscription/~\tthreshold\t-\t-\treadSubscription\t-\n"
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

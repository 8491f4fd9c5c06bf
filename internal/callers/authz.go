package callers

import (
	"fmt"
	"slices"
	"strings"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Authorize checks that the authenticated caller of id may call method (a full
// method name, "wxgate.card.v1.CardService/DepositCodes", or a WeChat path for the
// pass-through) for account ("" when the call is for no account). A refusal is
// PERMISSION_DENIED naming the caller, the method and the account.
func (id *Identity) Authorize(method, account string) error {
	c := id.Caller
	switch {
	case c == nil:
		return id.Err
	case c.Browser() && !slices.Contains(c.origins, id.Origin):
		return denied(c.Name, method, account, fmt.Sprintf("browser caller %q is bound to its pages' origins, and this call came from %s", c.Name, originName(id.Origin)))
	case c.Browser() && !id.set.browserSafe[method]:
		return denied(c.Name, method, account, fmt.Sprintf("browser caller %q may call only reads and the JS-SDK signatures, not %s", c.Name, method))
	case !id.set.mayCall(c, method):
		return denied(c.Name, method, account, fmt.Sprintf("caller %q may not call %s", c.Name, method))
	case account != "" && !c.MayActFor(account):
		return denied(c.Name, method, account, fmt.Sprintf("caller %q may not act for account %q", c.Name, account))
	}
	return nil
}

// mayCall applies c's rules to method: a deny rule that matches refuses; else an
// allow rule must match, and a method that hands out a secret must be named by
// one exactly, not by a wildcard.
func (s *Set) mayCall(c *Caller, method string) bool {
	if c.unrestricted {
		return true
	}
	for _, r := range c.deny {
		if match(r, method) {
			return false
		}
	}
	explicit := s.explicit[method]
	for _, r := range c.allow {
		if explicit && r == method || !explicit && match(r, method) {
			return true
		}
	}
	return false
}

func originName(o string) string {
	if o == "" {
		return "no page origin"
	}
	return fmt.Sprintf("origin %q", o)
}

func denied(caller, method, account, msg string) error {
	md := map[string]string{"caller": caller, "method": method}
	if account != "" {
		md["account"] = account
	}
	st, _ := status.New(codes.PermissionDenied, "permission denied: "+msg).WithDetails(
		&errdetails.ErrorInfo{Reason: ReasonPermissionDenied, Domain: Domain, Metadata: md},
	)
	return st.Err()
}

// match reports whether name matches pattern, where each * stands for any run of
// characters (slashes included) and everything else is literal.
func match(pattern, name string) bool {
	first, rest, wild := strings.Cut(pattern, "*")
	if !wild {
		return pattern == name
	}
	if !strings.HasPrefix(name, first) {
		return false
	}
	name = name[len(first):]
	// Greedy by segments: each literal between stars must appear in order, and the
	// last one must end the name.
	segs := strings.Split(rest, "*")
	for i, seg := range segs {
		if i == len(segs)-1 {
			return strings.HasSuffix(name, seg)
		}
		j := strings.Index(name, seg)
		if j < 0 {
			return false
		}
		name = name[j+len(seg):]
	}
	return true
}

package wechatsim

import "strings"

// Merchant audit statuses (get_merchant_audit_info's status).
const (
	merchantNotSubmitted = 0
	merchantApproved     = 1
	merchantUnderAudit   = 2
	merchantRejected     = 3
	merchantAdminRefused = 4
)

// merchant is the store mini program (门店小程序) of the account.
type merchant struct {
	auditID        int64
	status         int
	reason         string
	nickname       string
	intro          string
	headimgMediaID string
}

// SetMerchantAudit ends the store mini program's audit as WeChat's auditors would:
// status 1 approved, 3 rejected or 4 refused by the administrator, with a reason.
func (s *Server) SetMerchantAudit(status int, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stores.merchant.status, s.stores.merchant.reason = status, reason
}

// categoryReply is get_merchant_category's answer.
type categoryReply struct {
	storeReply
	Data struct {
		AllCategoryInfo struct {
			Categories []category `json:"categories"`
		} `json:"all_category_info"`
	} `json:"data"`
}

// getMerchantCategory is GET /wxa/get_merchant_category.
func (s *Server) getMerchantCategory() (any, error) {
	reply := categoryReply{storeReply: okStoreReply()}
	reply.Data.AllCategoryInfo.Categories = categories
	return reply, nil
}

type applyMerchantReq struct {
	FirstCatid        int64  `json:"first_catid" wx:"required"`
	SecondCatid       int64  `json:"second_catid" wx:"required"`
	QualificationList string `json:"qualification_list"`
	HeadimgMediaID    string `json:"headimg_mediaid" wx:"required"`
	Nickname          string `json:"nickname" wx:"required"`
	Intro             string `json:"intro" wx:"required"`
	OrgCode           string `json:"org_code"`
	OtherFiles        string `json:"other_files"`
}

// validate checks the categories, the '|'-joined media id lists and the nickname.
func (r *applyMerchantReq) validate() error {
	first, ok := categoryByID(r.FirstCatid)
	if !ok || first.Level != 1 {
		return invalidArgs("key %q: %d is not a first-level category", "first_catid", r.FirstCatid)
	}
	second, ok := categoryByID(r.SecondCatid)
	if !ok || second.Level != 2 || *second.Father != r.FirstCatid {
		return invalidArgs("key %q: %d is not a category under %d", "second_catid", r.SecondCatid, r.FirstCatid)
	}
	if err := checkMediaIDs("qualification_list", r.QualificationList); err != nil {
		return err
	}
	if err := checkMediaIDs("other_files", r.OtherFiles); err != nil {
		return err
	}
	if *second.SensitiveType == 1 && r.QualificationList == "" {
		return invalidArgs("key %q is required for category %d", "qualification_list", r.SecondCatid)
	}
	if r.HeadimgMediaID == "" || strings.ContainsAny(r.HeadimgMediaID, "| ") {
		return newError(codeInvalidMediaID)
	}
	if r.Intro == "" {
		return invalidArgs("key %q must not be empty", "intro")
	}
	return checkNickname(r.Nickname)
}

// checkMediaIDs checks a list of temporary media ids joined with '|' (WeChat's
// "mediaid1|mediaid2"): 0 to 5, none empty.
func checkMediaIDs(key, joined string) error {
	if joined == "" {
		return nil
	}
	ids := strings.Split(joined, "|")
	if len(ids) > 5 {
		return invalidArgs("key %q: %d media ids, at most 5", key, len(ids))
	}
	for _, id := range ids {
		if id == "" || strings.TrimSpace(id) != id {
			return newError(codeInvalidMediaID)
		}
	}
	return nil
}

// checkNickname is 85030's rule: 4 to 30 characters where a Chinese character counts
// 2, without the reserved word 微信.
func checkNickname(name string) error {
	if w := nameWidth(name); w < 4 || w > 30 || strings.Contains(name, "微信") {
		return newError(codeNameInvalid)
	}
	return nil
}

// nameWidth counts East Asian wide and fullwidth characters 2 and others 1, with
// the same ranges as the gateway (internal/service/store/nickname.go), kept apart on
// purpose so that the simulator checks the gateway rather than itself.
func nameWidth(name string) int {
	w := 0
	for _, r := range name {
		w++
		for _, rg := range wideRanges {
			if rg[0] <= r && r <= rg[1] {
				w++
				break
			}
		}
	}
	return w
}

// wideRanges are the East Asian Wide (W) and Fullwidth (F) blocks.
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
	{0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
	{0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x20000, 0x2FFFD},
	{0x30000, 0x3FFFD},
}

// applyMerchant is POST /wxa/apply_merchant: it starts an audit, which stays under
// way until SetMerchantAudit; another application meanwhile is 85050. With a push
// target set, the audit ends AuditDelay later with apply_merchant_audit_info.
func (s *Server) applyMerchant(req *applyMerchantReq) (any, error) {
	m := &s.stores.merchant
	if m.status == merchantUnderAudit {
		return nil, newError(codeUnderAudit)
	}
	*m = merchant{
		auditID: s.stores.newID(), status: merchantUnderAudit,
		nickname: req.Nickname, intro: req.Intro, headimgMediaID: req.HeadimgMediaID,
	}
	s.pushLaterFunc("apply_merchant_audit_info", s.merchantAuditEnds(m.auditID))
	return okStoreReply(), nil
}

// merchantAuditEnds decides application auditID's audit event when it is due:
// approved, unless SetMerchantAudit decided otherwise meanwhile (the push then
// carries that result, as WeChat's would), and nothing when a later application
// replaced it. The gateway reading get_merchant_audit_info after the push sees
// the same status. mu is held.
func (s *Server) merchantAuditEnds(auditID int64) func() []Field {
	return func() []Field {
		m := &s.stores.merchant
		if m.auditID != auditID {
			return nil
		}
		if m.status == merchantUnderAudit {
			m.status, m.reason = merchantApproved, ""
		}
		return auditFields(m.auditID, m.status, m.reason)
	}
}

// getMerchantAuditInfo is GET /wxa/get_merchant_audit_info.
func (s *Server) getMerchantAuditInfo() (any, error) {
	m := s.stores.merchant
	type auditInfo struct {
		AuditID int64  `json:"audit_id"`
		Status  int    `json:"status"`
		Reason  string `json:"reason"`
	}
	return struct {
		storeReply
		Data auditInfo `json:"data"`
	}{okStoreReply(), auditInfo{m.auditID, m.status, m.reason}}, nil
}

// modifyMerchantReq: both keys are required, an empty value keeps the current one.
type modifyMerchantReq struct {
	HeadimgMediaID string `json:"headimg_mediaid" wx:"required"`
	Intro          string `json:"intro" wx:"required"`
}

func (r *modifyMerchantReq) validate() error {
	if strings.ContainsAny(r.HeadimgMediaID, "| ") {
		return newError(codeInvalidMediaID)
	}
	return nil
}

// modifyMerchant is POST /wxa/modify_merchant; the store mini program must have
// passed its audit (85053 otherwise).
func (s *Server) modifyMerchant(req *modifyMerchantReq) (any, error) {
	m := &s.stores.merchant
	if m.status != merchantApproved {
		return nil, newError(codeMerchantFirst)
	}
	if req.HeadimgMediaID != "" {
		m.headimgMediaID = req.HeadimgMediaID
	}
	if req.Intro != "" {
		m.intro = req.Intro
	}
	return okStoreReply(), nil
}

package wechatsim

// codesReq is the body of code/deposit and code/checkcode (seed 002 §4.1.2, §4.1.4).
type codesReq struct {
	CardID string   `json:"card_id" wx:"required"`
	Code   []string `json:"code" wx:"required"`
}

// validate applies the seed's rules: at most 100 codes (40109), none empty.
func (r *codesReq) validate() error {
	if len(r.Code) > maxCodesPerCall {
		return newError(codeTooManyCodes)
	}
	if len(r.Code) == 0 {
		return invalidArgs("key %q must hold at least one code", "code")
	}
	for i, c := range r.Code {
		if c == "" {
			return invalidArgs("key %q: code[%d] is empty", "code", i)
		}
	}
	return nil
}

// depositReply is code/deposit's answer. The seed calls succ_code and fail_code
// counts (成功个数, 失败个数) and says duplicates are filtered: all three are counts.
type depositReply struct {
	cardReply
	SuccCode      int `json:"succ_code"`
	DuplicateCode int `json:"duplicate_code"`
	FailCode      int `json:"fail_code"`
}

// cardCodeDeposit is POST /card/code/deposit: new codes are stored, codes the card
// holds already (or repeated in the body) are filtered as duplicates.
func (s *Server) cardCodeDeposit(req *codesReq) (any, error) {
	c, err := s.cards.card(req.CardID)
	if err != nil {
		return nil, err
	}
	reply := depositReply{cardReply: okCardReply()}
	for _, code := range req.Code {
		if _, ok := c.codes[code]; ok {
			reply.DuplicateCode++
			continue
		}
		c.codes[code] = struct{}{}
		reply.SuccCode++
	}
	return reply, nil
}

type depositCountReq struct {
	CardID string `json:"card_id" wx:"required"`
}

// cardCodeGetDepositCount is POST /card/code/getdepositcount.
func (s *Server) cardCodeGetDepositCount(req *depositCountReq) (any, error) {
	c, err := s.cards.card(req.CardID)
	if err != nil {
		return nil, err
	}
	return struct {
		cardReply
		Count int `json:"count"`
	}{okCardReply(), len(c.codes)}, nil
}

// checkReply is code/checkcode's answer; both lists are always present.
type checkReply struct {
	cardReply
	ExistCode    []string `json:"exist_code"`
	NotExistCode []string `json:"not_exist_code"`
}

// cardCodeCheck is POST /card/code/checkcode.
func (s *Server) cardCodeCheck(req *codesReq) (any, error) {
	c, err := s.cards.card(req.CardID)
	if err != nil {
		return nil, err
	}
	reply := checkReply{cardReply: okCardReply(), ExistCode: []string{}, NotExistCode: []string{}}
	for _, code := range req.Code {
		if _, ok := c.codes[code]; ok {
			reply.ExistCode = append(reply.ExistCode, code)
		} else {
			reply.NotExistCode = append(reply.NotExistCode, code)
		}
	}
	return reply, nil
}

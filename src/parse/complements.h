// An act that is the content of an appeal, an intent, a demand, a refusal or a threat is coded
// with it as one event, as CAMEO's families have it (cameo/complements.txt): "Congress asked
// Obama to help Iran" is an appeal for aid (023), "refused to meet" a rejected meeting (125),
// "wants to attack" an intent to use force (138). A negated act of will is a refusal: "would not
// provide support" is a rejection of material aid (122). A bid with an object is an appeal to
// it: "Obama wants Putin to attack Switzerland" is Obama's appeal to Putin (020).
#pragma once

#include <vector>

#include "parse/clause_context.h"

namespace attache {

void ComposeComplements(ClauseContext& ctx, std::vector<Predication>& out);

}  // namespace attache

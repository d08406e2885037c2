// Generated from the suite's OpenAPI document by `npm run console:api-types`; do not edit.
export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表：检索、筛选、分页 / Accounts, searched, filtered and paginated */
        get: operations["AccountsController_list"];
        put?: never;
        /** 开设账号并生成一次性密码（仅显示一次）/ Create an account; its one-time password is answered once */
        post: operations["AccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号详情 / One account */
        get: operations["AccountsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账号（其会话立即结束）/ Disable the account; its sessions end at once */
        post: operations["AccountChangesController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用账号 / Enable the account again */
        post: operations["AccountChangesController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号历史：谁在何时拥有哪些角色和园区、密码设置、停用、登录 / Who had which roles and parks when, passwords set, sign-ins */
        get: operations["AccountsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置账号的全部园区（空为全县）/ Set every park of the account; none means the whole county */
        put: operations["AccountChangesController_parks"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置为一次性密码（仅显示一次，解除锁定，会话结束）/ Reset to a one-time password, answered once; lifts a lock, ends sessions */
        post: operations["AccountChangesController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置账号的全部角色（记录授予与撤销）/ Set every role the account holds; grants and withdrawals are recorded */
        put: operations["AccountChangesController_roles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按状态查询投资协议 / Agreements, by status */
        get: operations["AgreementQueriesController_list"];
        put?: never;
        /** 根据已通过筛选的线索起草投资协议 / Draft an investment agreement from a qualified lead */
        post: operations["DraftAgreementController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看投资协议（含承诺、优惠政策测算、补充协议）/ One agreement with commitments, incentive figures, supplements */
        get: operations["AgreementQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改协议草案 / Amend a draft agreement */
        patch: operations["AmendAgreementController_amend"];
        trace?: never;
    };
    "/api/v1/agreements/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签订投资协议并建立项目（签约即注册）/ Sign: creates the project, registration due the same day */
        post: operations["SignAgreementController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/supplements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签订补充协议（增资只计增量）/ Sign a supplementary agreement; a capital increase counts only its increment */
        post: operations["SupplementAgreementController_supplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除协议（保留全部历史）/ Terminate an agreement with its reason; its history stays */
        post: operations["TerminateAgreementController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 代办事项队列
         * @description Open items, most urgent first: mine, due soon, overdue, waiting for materials, waiting for the authority.
         */
        get: operations["QueuesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审批事项详情
         * @description One item with its history folded, and its clock as of today.
         */
        get: operations["ApprovalItemController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 材料齐全受理
         * @description Accept a complete file; the time limit counts from this day.
         */
        post: operations["IntakeController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/acceptance-under-commitment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 承诺制受理
         * @description Accept on the enterprise’s written promise (告知承诺制), to be checked on the given date.
         */
        post: operations["IntakeController_acceptUnderCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/acceptance-with-deficiencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 容缺受理
         * @description Accept with missing secondary materials, each with a promised date (容缺办理); core materials cannot be deferred.
         */
        post: operations["IntakeController_acceptWithDeficiencies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 指派代办员
         * @description Assign the agent who handles the item for the enterprise (全程代办).
         */
        post: operations["IntakeController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/commitment-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 承诺核查
         * @description Record the later check of a commitment; a broken one carries its consequence and removes the commitment route for the project.
         */
        post: operations["DeficienciesController_checkCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/correction-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回补正
         * @description The authority returned the file for correction; submit it again once corrected.
         */
        post: operations["AuthorityController_returnForCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/file-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 逾期退件
         * @description Return the file of a suspended item once the 15 working days to supply have passed.
         */
        post: operations["DeficienciesController_returnFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办结发证
         * @description Record the licence: number, date and, for the filing, the national project code. Prerequisite items must be granted.
         */
        post: operations["AuthorityController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 一次性收件（三个一）
         * @description Take in one form, one set of materials and one ID, once; the core materials must be in it. The applicant’s name and ID number are stored sealed under a key of this intake.
         */
        post: operations["IntakeController_takeIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/personal-data-erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除经办人个人信息
         * @description Erase the applicant’s name and ID number taken in with the materials: the erasure is recorded, then the key is destroyed; the history stays replayable.
         */
        post: operations["ErasureController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 不予许可
         * @description Record the authority’s refusal with its reason.
         */
        post: operations["AuthorityController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 报送审批部门
         * @description Submit the accepted file to the authority.
         */
        post: operations["AuthorityController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/supplies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 补交容缺材料
         * @description A deferred material arrived; within 15 working days of a missed promise it resumes a suspended item, later the file is returned.
         */
        post: operations["DeficienciesController_supply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 承诺逾期中止
         * @description A promised date passed without the material: the item is suspended and its clock stops.
         */
        post: operations["DeficienciesController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{itemId}/waiver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 免办审批事项
         * @description Waive an item the project does not need, with the reason; a waived prerequisite no longer blocks.
         */
        post: operations["PlanningController_waive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 逾期与失信预警看板
         * @description Overdue items and broken promises, by agent and stage.
         */
        get: operations["QueuesController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按工作日计算期限
         * @description The n-th working day after a date; provisional when it reaches a year not yet published.
         */
        get: operations["CalendarController_deadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看年度节假日安排
         * @description A year’s holidays and adjusted working weekends, and whether they come from the seed or an admin.
         */
        get: operations["CalendarController_read"];
        /**
         * 发布年度节假日安排
         * @description Publish (or correct) a year as the State Council announced it; deadlines in that year stop being provisional.
         */
        put: operations["CalendarController_publish"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审批事项目录与“一件事”套餐
         * @description The item catalog (seeded from the park practice) and the packages.
         */
        get: operations["CatalogController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/catalog/default-package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置默认套餐
         * @description The package a signed project gets when it names none.
         */
        put: operations["CatalogController_chooseDefault"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/catalog/items/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 定义或修订审批事项
         * @description Define or revise an item: stage, materials, working-day limit, commitment, tolerated deficiency, prerequisites.
         */
        put: operations["CatalogController_defineItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/catalog/packages/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 定义“一件事”套餐
         * @description Define or revise a package; it must hold every prerequisite of its items.
         */
        put: operations["CatalogController_definePackage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commissioning/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 培育库：续建、新建、拟投产、规上，及准规上、待纳统、易退库预警 / Cultivation pools and early warnings, derived from the events */
        get: operations["ListPoolsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/parks/{parkId}/dispatch-window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置月度调度窗口（默认每月 23–27 日）/ Configure the dispatch window (default the 23rd to the 27th) */
        put: operations["DispatchController_window"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/parks/{parkId}/dispatches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 月度调度：冻结进度、存在问题、已解决问题三本台账及与上次调度相比的变化 / Hold the monthly dispatch */
        post: operations["DispatchController_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/parks/{parkId}/dispatches/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某月调度的冻结台账 / The frozen ledgers of a month’s dispatch */
        get: operations["DispatchController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/parks/{parkId}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 园区问题台账 / The park’s open or solved problems */
        get: operations["LedgersController_park"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/parks/{parkId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 园区项目进度台账（当月）/ The park’s progress ledger for the current month */
        get: operations["LedgersController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记项目建设中的问题 / Raise a problem of a project */
        post: operations["ProblemsController_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/problems/{problemId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交办责任单位并明确时限 / Assign a responsible unit and a due date */
        post: operations["ProblemsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/problems/{problemId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录办理进展 / Note progress */
        post: operations["ProblemsController_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/problems/{problemId}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结问题并附佐证 / Resolve the problem with evidence */
        post: operations["ProblemsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建设档案：T0 交地、T1 施工许可、T2 开工及间隔天数，节点与月度投资 / The construction record */
        get: operations["SiteWorkController_record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/projects/{projectId}/investments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送月度完成投资与计划 / Report the month’s completed investment against its plan */
        post: operations["SiteWorkController_investment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/projects/{projectId}/leadership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 包联专班与走访；超过 30 天未走访时预警 / The team and visits, warned after 30 days without one */
        get: operations["LeadershipController_read"];
        /** 确定包联领导与“五个一”专班 / Assign the leader and the "five ones" team */
        put: operations["LeadershipController_assign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/projects/{projectId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记建设节点（按顺序；竣工即通知投产服务）/ Record a milestone, in order */
        post: operations["SiteWorkController_milestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/projects/{projectId}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的存在问题台账 / 已解决问题台账（逾期标注）/ A project’s open or solved problems, overdue flagged */
        get: operations["LedgersController_project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/projects/{projectId}/site-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 包联领导登记现场走访 / The leader records a site visit */
        post: operations["LeadershipController_visit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/construction/projects/{projectId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记实际开工（交地且取得施工许可后）/ Record the actual start of work */
        post: operations["SiteWorkController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 园区关键指标汇总及各项目指标 / The park’s key figures, project by project */
        get: operations["FiguresController_park"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land-projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的协议承诺与不动产权证书 / A project’s commitments and title certificate as land delivery knows them */
        get: operations["ReadLandProjectController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land-projects/{projectId}/title-certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记不动产权证书（代办审批之外取得时）/ Enter the title certificate when it was not granted through approvals */
        post: operations["RecordTitleCertificateController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 线索列表：筛选、检索、分页，超时标记 / Leads with filters, name search, paging and overdue flags */
        get: operations["ListLeadsController_list"];
        put?: never;
        /** 登记招商线索 / Register a lead; refused when the same enterprise is already an open or signed lead */
        post: operations["RegisterLeadController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 线索详情及全过程记录 / A lead with its timeline */
        get: operations["GetLeadController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 指派招商专员 / Assign the lead to a promoter */
        post: operations["AssignPromoterController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 放弃线索 / Drop the lead, with the reason */
        post: operations["LeadStatusController_drop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录跟进洽谈 / Record a follow-up: channel, summary, next step, when */
        post: operations["RecordFollowUpController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂缓线索 / Put the lead on hold */
        post: operations["LeadStatusController_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/personal-data-erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 删除联系人个人信息 / Erase the contact’s personal data: its key is destroyed, the history stays replayable */
        post: operations["ErasePersonalDataController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新跟进线索 / Reopen the lead; a closed lead must first win back its USCC and name */
        post: operations["LeadStatusController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按园区政策筛选线索 / Screen against the park policy: every rule’s result, the decision and its reason */
        post: operations["ScreenLeadController_screen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/site-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录实地考察 / Record a site visit */
        post: operations["RecordSiteVisitController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 招商漏斗：各阶段线索数与意向投资额，按来源分列 / Pipeline funnel by stage and source for a period */
        get: operations["LeadFunnelController_funnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提醒推送记录 / Deliveries: sent, failing and retried, given up; newest first */
        get: operations["DeliveriesController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/due-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 即将到期与已逾期事项 / Items near or past their deadline */
        get: operations["DueItemsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/parks/{parkId}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 园区提醒渠道 / The park’s reminder channels (secrets never shown) */
        get: operations["ChannelsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/parks/{parkId}/channels/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置提醒渠道 / Set a channel: WeCom or DingTalk group robot, or e-mail */
        put: operations["ChannelsController_configure"];
        post?: never;
        /** 删除提醒渠道 / Remove a channel; its settings become unreadable */
        delete: operations["ChannelsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/parks/{parkId}/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的每日待办订阅 / My daily digest for this park */
        get: operations["DigestController_mine"];
        /** 订阅每日待办 / Ask for the daily digest at this address */
        put: operations["DigestController_subscribe"];
        post?: never;
        /** 取消每日待办 / Stop the daily digest; the address becomes unreadable */
        delete: operations["DigestController_unsubscribe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/sweeps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即检查到期事项并推送 / Look for what falls due and send what is pending, now */
        post: operations["DeliveriesController_sweepNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已有备份 / Backups kept, newest first */
        get: operations["BackupsController_list"];
        put?: never;
        /** 立即备份 / Take a backup now, while the suite keeps serving */
        post: operations["BackupsController_take"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 死信消息 / Messages a consumer could not handle, with the error */
        get: operations["OperationsController_deadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 读模型及其进度 / Read models and the log position each has reached */
        get: operations["OperationsController_projections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从头重建读模型 / Rebuild a read model from the start of the log */
        post: operations["OperationsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/operations/settled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 是否已处理到日志某位置 / Whether this service has published, reacted to and projected the log up to a position (waits up to 5 s) */
        get: operations["OperationsController_settled"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地块列表（面积同时以亩显示）/ Parcels, areas also in mu */
        get: operations["ReadParcelsController_list"];
        put?: never;
        /** 登记标准地地块 / Register a standard-land parcel with its indicators and site readiness */
        post: operations["RegisterParcelController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{parcelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地块详情：指标、配套、分配与交地 / One parcel: indicators, readiness, allocation, delivery */
        get: operations["ReadParcelsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{parcelId}/allocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 将地块分配给已签约项目，核对协议承诺与控制指标 / Allocate the parcel to a signed project, checking commitments against indicators */
        post: operations["AllocateParcelController_allocate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{parcelId}/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交地（凭交地确认书），记录是否地证同交 / Deliver the land with its confirmation; records land-and-certificate-together */
        post: operations["DeliverLandController_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{parcelId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改控制指标（分配前）/ Revise the control indicators before allocation */
        put: operations["ReviseParcelController_indicators"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{parcelId}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 更新地块基础设施配套（七通一平）/ Update the site readiness */
        put: operations["ReviseParcelController_readiness"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/park-policies/{parkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看园区筛选政策 / The park’s current screening policy */
        get: operations["ParkPolicyController_get"];
        /** 设置园区筛选政策 / Set the park’s screening policy; each change is a new version */
        put: operations["ParkPolicyController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parks/{parkId}/incentive-catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 园区优惠政策目录（未配置时为默认目录）/ The park’s incentive catalog, the default until configured */
        get: operations["IncentiveCatalogController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parks/{parkId}/incentive-catalog/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 停用优惠政策（已签协议不受影响）/ Retire an incentive; signed agreements keep theirs */
        delete: operations["IncentiveCatalogController_retire"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parks/{parkId}/incentive-catalog/free-premises/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置免费办公、公寓、停车政策 / Define free office, apartment or parking */
        put: operations["IncentiveCatalogController_freePremises"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parks/{parkId}/incentive-catalog/investment-rewards/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置固定资产投资奖励（超过门槛部分按比例、封顶）/ Define a capped reward on fixed-asset investment */
        put: operations["IncentiveCatalogController_investmentReward"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parks/{parkId}/incentive-catalog/rent-waivers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置厂房租金减免政策（如三免两减半）/ Define a rent waiver */
        put: operations["IncentiveCatalogController_rentWaiver"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签约项目台账（承诺与计入的投资额，不重复统计）/ Signed projects with commitments and counted investment */
        get: operations["ProjectRegisterController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计查阅记录 / Who looked at this project’s history, and when */
        get: operations["AccessController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 项目审批事项
         * @description Every approval item of one project, with its clock.
         */
        get: operations["QueuesController_project"];
        put?: never;
        /**
         * 为项目增加审批事项
         * @description Add a catalog item to a signed project’s plan, with the reason.
         */
        post: operations["PlanningController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/commissioning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目投产情况、月度填报、近12个月营收与承诺核查 / Commissioning of a project, its reports, trailing revenue and commitment check */
        get: operations["ViewProjectController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/commissioning/commitment-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核查投资、用工、亩均税收承诺 / Check investment, jobs and tax per mu against the agreement */
        post: operations["CheckCommitmentsController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/commissioning/equipment-debugging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设备调试开始 / Equipment debugging started */
        post: operations["RecordMilestoneController_debugging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/commissioning/full-capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 达产 / Designed output reached */
        post: operations["RecordMilestoneController_capacity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/commissioning/full-production": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全面投产 / Full production started (all units accepted) */
        post: operations["RecordMilestoneController_full"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/commissioning/monthly-reports/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 填报月度产值、营收、税收、用工与投资；再次填报即为更正 / Report a month; reporting it again corrects it */
        put: operations["ReportMonthController_report"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/commissioning/partial-production": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 部分投产（一条生产线）/ A production line started */
        post: operations["RecordMilestoneController_partial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/commissioning/statistics-entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记达规纳统 / Record the entry into the statistics of above-scale industry */
        post: operations["RecordStatisticsEntryController_enter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/commissioning/trial-production": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 试生产开始 / Trial production started */
        post: operations["RecordMilestoneController_trial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目关键指标：签约即注册、审批时限、容缺兑现、交地到开工、建设周期、承诺对标 / A project’s key figures */
        get: operations["FiguresController_project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回放项目全部事实 / Replay every fact of a project across all services */
        get: operations["HistoryController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/history/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出项目历史（CSV 或 JSON）/ Export the history as CSV (UTF-8 with BOM) or JSON */
        get: operations["HistoryController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验项目所有事件流的哈希链 / Verify the hash chain of every stream of the project */
        get: operations["IntegrityController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{projectId}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目在某一时刻或某一业务日期的状况 / The project as it stood, folded from the event store */
        get: operations["StateController_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualified-leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可起草协议的已筛选线索 / Qualified leads an agreement may be drafted from */
        get: operations["QualifiedLeadsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录会话 / The signed-in person, their active role, roles and parks */
        get: operations["SessionController_read"];
        put?: never;
        /**
         * 用户名密码登录 / Sign in with user name and password
         * @description Sets the httpOnly, SameSite=Strict session cookie. 401 AUTH.INVALID_CREDENTIALS, 423 AUTH.ACCOUNT_LOCKED (Retry-After), 429 AUTH.SIGN_IN_THROTTLED (Retry-After: each failure makes the next attempt wait longer), 403 AUTH.ACCOUNT_DISABLED.
         */
        post: operations["SessionController_create"];
        /** 退出登录 / Sign out: the session ends on the server and the cookie is cleared */
        delete: operations["SessionController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证回调：建立会话 / The provider sends the browser back here; the session cookie is set */
        get: operations["OidcController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 跳转统一身份认证登录 / Go to the identity provider (authorization code with PKCE) */
        get: operations["OidcController_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登录方式 / How staff can sign in: password, and the identity provider when one is configured */
        get: operations["SessionController_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修改密码 / Change your password
         * @description 400 ACCOUNT.PASSWORD_TOO_WEAK (each failed rule in errors), 401 AUTH.INVALID_CREDENTIALS; other sessions of the account end.
         */
        put: operations["SessionController_changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各接口允许的角色与园区范围 / Who may call each route, from the rules the guard enforces */
        get: operations["SessionController_routes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 切换当前角色 / Act in another of your roles */
        put: operations["SessionController_switchRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务与引擎健康状况 / Health of the service and each engine it uses */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptBody: {
            /**
             * @description 受理日期：时限自此起算 / acceptance starts the clock
             * @example 2026-03-02
             */
            acceptedOn: string;
        };
        AcceptUnderCommitmentBody: {
            /**
             * @description 受理日期：时限自此起算 / acceptance starts the clock
             * @example 2026-03-02
             */
            acceptedOn: string;
            /**
             * @description 核查日期 / when the promise will be checked
             * @example 2026-06-01
             */
            checkOn: string;
            /**
             * @description 承诺内容 / the written promise
             * @example 本企业承诺项目符合国家产业政策，开工前取得环评批复
             */
            promise: string;
        };
        AcceptWithDeficienciesBody: {
            /**
             * @description 受理日期：时限自此起算 / acceptance starts the clock
             * @example 2026-03-02
             */
            acceptedOn: string;
            /** @description 容缺材料及承诺日期 / missing materials with promised dates */
            deficiencies: components["schemas"]["DeferredMaterialBody"][];
        };
        AddItemBody: {
            /**
             * @description 事项目录编码 / the catalog item
             * @example energy_review
             */
            itemCode: string;
            /**
             * @description 增加原因 / why the project needs it
             * @example 年综合能耗超过1000吨标准煤，须办理节能审查
             */
            reason: string;
        };
        AllocateParcelDto: {
            /**
             * @description 分配日期 / allocation date
             * @example 2026-03-02
             */
            allocatedOn: string;
            /**
             * @description 管理员越过指标的理由 / an administrator’s reason to allocate despite shortfalls
             * @example 市政府专题会议纪要〔2026〕12 号同意降低投资强度要求
             */
            overrideReason?: string;
            /**
             * @description 项目标识 / project id
             * @example 01963f6e-0000-7000-8000-000000000001
             */
            projectId: string;
        };
        AmendAgreementDto: {
            /** @example industrial-project */
            approvalPackage?: string;
            commitments?: components["schemas"]["CommitmentsDto"];
            incentives?: components["schemas"]["IncentiveChoiceDto"][];
            parties?: components["schemas"]["PartiesDto"];
            /** @example 年产8万台智能装备产业园项目 */
            projectName?: string;
        };
        AssignAgentBody: {
            /**
             * @description 代办员账号 / the agent’s user id
             * @example agent-wang
             */
            agentId: string;
        };
        AssignLeadershipDto: {
            /**
             * @description 确定包联之日 / assigned on
             * @example 2026-03-02
             */
            assignedOn: string;
            /** @example 李项目专员 */
            commissioner: string;
            leader: components["schemas"]["LeaderDto"];
            /** @example 王联络员 */
            liaison: string;
            /** @example 赵驻场监督员 */
            supervisor: string;
        };
        AssignProblemDto: {
            /**
             * @description 办结时限 / due date
             * @example 2026-03-15
             */
            dueOn: string;
            /**
             * @description 责任单位 / responsible unit
             * @example 国网湘乡市供电公司
             */
            responsibleUnit: string;
        };
        AssignPromoterBody: {
            /**
             * @description 招商专员 / the promoter in charge
             * @example zhang.wei
             */
            promoterId: string;
        };
        CatalogItemBody: {
            /**
             * @description 适用承诺制 / commitment applies
             * @example true
             */
            commitmentAllowed: boolean;
            /**
             * @description 适用容缺办理 / tolerated deficiency applies
             * @example true
             */
            deficiencyAllowed: boolean;
            /**
             * @description 办结时赋全国项目代码（备案）/ gives the national project code
             * @example false
             */
            givesProjectCode: boolean;
            materials: components["schemas"]["MaterialBody"][];
            /** @example 环境影响评价（环评） */
            name: string;
            /**
             * @description 前置事项 / items granted first
             * @example [
             *       "project_filing"
             *     ]
             */
            prerequisites: string[];
            /**
             * @example assessments
             * @enum {string}
             */
            stage: "on_signing" | "project_approval" | "assessments" | "engineering_permits" | "land" | "completion";
            /**
             * @description 承诺时限（工作日），0 为即办 / working days, 0 for the same day
             * @example 20
             */
            timeLimitDays: number;
        };
        ChangePasswordDto: {
            /**
             * @description 当前密码（首次登录时为一次性密码）/ the current password
             * @example Kp7d-Xm3q-9Rtw-Hb2e
             */
            currentPassword: string;
            /**
             * @description 新密码：至少 10 位，含三类字符 / at least 10 characters of three kinds
             * @example Xiangjiang-river7
             */
            newPassword: string;
        };
        CheckCommitmentBody: {
            /**
             * @description 核查日期 / the day of the check
             * @example 2026-06-01
             */
            checkedOn: string;
            /**
             * @description 失信后果：撤销或责令整改 / revocation or an order to fix
             * @example order_to_fix
             * @enum {string}
             */
            consequence?: "revocation" | "order_to_fix";
            /**
             * @description 核查结论 / what the check found
             * @example 企业未按承诺取得环评批复
             */
            finding: string;
            /**
             * @description 承诺是否兑现 / whether the promise was kept
             * @example false
             */
            kept: boolean;
        };
        CheckCommitmentsBody: {
            /**
             * @description 核查日期 / the day of the check
             * @example 2026-02-27
             */
            checkedOn: string;
            /**
             * @description 核查节点：竣工对标验收或达产复核 / completion or full capacity
             * @example completion
             * @enum {string}
             */
            checkpoint: "completion" | "full_capacity";
            /**
             * @description 业务发生时间（ISO-8601 UTC），缺省为当前时间 / business time of the fact
             * @example 2026-03-02T01:30:00Z
             */
            occurredAt?: string;
            /**
             * @description 说明 / reason
             * @example 包联领导现场核实
             */
            reason?: string;
        };
        CommitmentsDto: {
            /**
             * @description 交地后开工期限（天）
             * @example 30
             */
            daysFromDeliveryToStart: number;
            /**
             * @description 固定资产投资（元）
             * @example 80000000
             */
            fixedAssetInvestment: number;
            /**
             * @description 就业岗位（个）
             * @example 200
             */
            jobs: number;
            /**
             * @description 用地面积（平方米，最多两位小数）
             * @example 33333.33
             */
            landAreaSquareMetres: number;
            /**
             * @description 投产期限（月）
             * @example 18
             */
            monthsToProduction: number;
            /**
             * @description 地块编号（已确定时）
             * @example XX-2026-07
             */
            parcelCode?: string;
            /**
             * @description 达产后亩均税收（元/亩/年）
             * @example 150000
             */
            taxPerMu: number;
            /**
             * @description 总投资（元）
             * @example 120000000
             */
            totalInvestment: number;
        };
        ConfigureChannelDto: {
            /**
             * @description 渠道：企业微信群机器人、钉钉群机器人或邮件 / wecom, dingtalk or email
             * @example dingtalk
             * @enum {string}
             */
            kind: "wecom" | "dingtalk" | "email";
            /**
             * @description 渠道名称 / a name people recognise
             * @example 湘乡经开区招商服务群
             */
            name: string;
            /**
             * @description 收件地址（加密保存）/ e-mail recipients; sealed
             * @example [
             *       "zhaoshang@xiangxiang.gov.cn"
             *     ]
             */
            recipients?: string[];
            /**
             * @description 钉钉机器人加签密钥（加密保存）/ DingTalk signing secret; sealed
             * @example SEC…
             */
            signingSecret?: string;
            /**
             * @description 群机器人 Webhook 地址（含密钥，加密保存，不再显示）/ the robot webhook; sealed, never shown again
             * @example https://oapi.dingtalk.com/robot/send?access_token=…
             */
            webhook?: string;
        };
        CreateAccountDto: {
            /**
             * @description 姓名 / display name
             * @example 张伟
             */
            displayName: string;
            /**
             * @description 园区；空表示全县 / parks; empty means the whole county
             * @example [
             *       "xiangxiang-edz"
             *     ]
             */
            parks: string[];
            /**
             * @description 原因 / reason, kept with the fact
             * @example 岗位调整
             */
            reason?: string;
            /**
             * @description 全部角色 / every role the account is to hold
             * @example [
             *       "promoter",
             *       "leader"
             *     ]
             */
            roles: ("promoter" | "agent" | "leader" | "admin" | "auditor")[];
            /**
             * @description 用户名：拼音或工号 / user name: letters, digits, dots, dashes, underscores
             * @example zhang.wei
             */
            username: string;
        };
        DatedReasonBody: {
            /**
             * @description 日期 / the day it happened
             * @example 2026-03-03
             */
            on: string;
            /**
             * @description 原因 / the reason
             * @example 项目基本情况缺少建设规模，请补正
             */
            reason: string;
        };
        DefaultPackageBody: {
            /** @example standard_industrial */
            packageCode: string;
        };
        DeferredMaterialBody: {
            /**
             * @description 容缺的次要材料 / a missing secondary material
             * @example investment_agreement
             */
            materialCode: string;
            /**
             * @description 承诺补齐日期 / the date promised
             * @example 2026-03-06
             */
            promisedOn: string;
        };
        DeliverLandDto: {
            /**
             * @description 交地确认书编号 / delivery confirmation number
             * @example 湘经开交〔2026〕007 号
             */
            confirmationNumber: string;
            /**
             * @description 交地日期 / delivery date
             * @example 2026-03-02
             */
            deliveredOn: string;
        };
        DisableAccountDto: {
            /**
             * @description 停用原因 / why the account is disabled
             * @example 已调离园区
             */
            reason: string;
        };
        DispatchWindowDto: {
            /**
             * @description 每月调度开始日 / first day of the window
             * @example 23
             */
            firstDay: number;
            /**
             * @description 每月调度结束日 / last day of the window
             * @example 27
             */
            lastDay: number;
        };
        DraftAgreementDto: {
            /**
             * @description “一件事”审批套餐代码
             * @example industrial-project
             */
            approvalPackage?: string;
            commitments: components["schemas"]["CommitmentsDto"];
            /** @description 从园区政策目录中选择的优惠政策 */
            incentives: components["schemas"]["IncentiveChoiceDto"][];
            /**
             * @description 已通过筛选的线索编号
             * @example 0190a000-0000-7000-8000-000000000001
             */
            leadId: string;
            parties: components["schemas"]["PartiesDto"];
            /**
             * @description 项目名称
             * @example 年产5万台智能装备产业园项目
             */
            projectName: string;
        };
        EraseApplicantDataBody: {
            /**
             * @description 依据 / the request and its legal basis
             * @example 经办人依《个人信息保护法》第四十七条申请删除
             */
            reason: string;
        };
        ErasePersonalDataBody: {
            /**
             * @description 依据 / the request and its legal basis
             * @example 联系人依《个人信息保护法》第四十七条申请删除
             */
            reason: string;
        };
        FreePremisesDto: {
            /**
             * @description 优惠政策名称
             * @example 标准厂房租金三免两减半
             */
            name: string;
            /**
             * @description 免费提供：office 办公、apartment 公寓、parking 停车
             * @example [
             *       "office",
             *       "apartment",
             *       "parking"
             *     ]
             */
            premises: ("office" | "apartment" | "parking")[];
            /**
             * @description 免费年限
             * @example 3
             */
            years: number;
        };
        FullCapacityBody: {
            /**
             * @description 业务发生时间（ISO-8601 UTC），缺省为当前时间 / business time of the fact
             * @example 2026-03-02T01:30:00Z
             */
            occurredAt?: string;
            /**
             * @description 达产日期 / the day designed output was reached
             * @example 2026-09-30
             */
            reachedOn: string;
            /**
             * @description 说明 / reason
             * @example 包联领导现场核实
             */
            reason?: string;
        };
        GrantBody: {
            /**
             * @description 办结（发证）日期 / the day granted
             * @example 2026-03-02
             */
            grantedOn: string;
            /**
             * @description 证照或文号 / licence or certificate number
             * @example 湘发改备〔2026〕12号
             */
            licenceNumber: string;
            /**
             * @description 全国项目代码（备案必填）/ the national project code, required for the filing
             * @example 2026-430100-38-03-012345
             */
            projectCode?: string;
        };
        HoldDispatchDto: {
            /**
             * @description 调度月份 / month of the dispatch
             * @example 2026-03
             */
            month: string;
            /**
             * @description 管理员在窗口外调度的理由 / an administrator’s reason to dispatch outside the window
             * @example 县项目中心因防汛工作推迟调度会
             */
            overrideReason?: string;
        };
        IncentiveChoiceDto: {
            /**
             * @description 园区政策目录中的优惠政策代码
             * @example three-free-two-half
             */
            code: string;
            /**
             * @description 租赁标准厂房面积（平方米），租金减免时必填
             * @example 5000
             */
            factoryAreaSquareMetres?: number;
        };
        IndicatorsDto: {
            /**
             * @description 绿地率上限，% / maximum green ratio
             * @example 20
             */
            maximumGreenRatioPercent: number;
            /**
             * @description 建筑系数下限，% / minimum building coverage
             * @example 30
             */
            minimumBuildingCoveragePercent: number;
            /**
             * @description 投资强度下限，元/亩（200 万元/亩）/ fixed-asset investment per mu, yuan
             * @example 2000000
             */
            minimumInvestmentPerMu: number;
            /**
             * @description 亩均税收下限，元/亩（15 万元/亩）/ annual tax per mu, yuan
             * @example 150000
             */
            minimumTaxPerMu: number;
            /**
             * @description 单位能耗增加值下限，元/吨标煤 / value added per tonne of standard coal, yuan
             * @example 30000
             */
            minimumValueAddedPerTonneCoal: number;
            /**
             * @description 单位排放增加值下限，元/吨 / value added per tonne of emissions, yuan
             * @example 500000
             */
            minimumValueAddedPerTonneEmissions: number;
            /** @description 容积率区间 / plot ratio range */
            plotRatio: components["schemas"]["PlotRatioDto"];
        };
        InvestmentRewardDto: {
            /**
             * @description 奖励上限（元）
             * @example 5000000
             */
            cap: number;
            /**
             * @description 优惠政策名称
             * @example 标准厂房租金三免两减半
             */
            name: string;
            /**
             * @description 奖励比例（万分之一，500 即 5%）
             * @example 500
             */
            rateBasisPoints: number;
            /**
             * @description 起奖门槛：固定资产投资超过部分才计奖（元）
             * @example 5000000
             */
            threshold: number;
        };
        LeaderDto: {
            /**
             * @description 姓名 / name
             * @example 张副县长
             */
            name: string;
            /**
             * @description 包联领导的用户标识 / the leader’s user id
             * @example leader-zhang
             */
            userId: string;
        };
        MaterialBody: {
            /** @example eia_report */
            code: string;
            /**
             * @description 核心材料不得容缺 / core materials cannot be deferred
             * @example core
             * @enum {string}
             */
            kind: "core" | "secondary";
            /** @example 环境影响报告表 */
            name: string;
        };
        NoteProgressDto: {
            /** @example 新变压器已到货，正在安装 */
            note: string;
            /** @example 2026-03-06 */
            notedOn: string;
        };
        PackageBody: {
            /**
             * @example [
             *       "business_registration",
             *       "tax_registration",
             *       "project_filing"
             *     ]
             */
            itemCodes: string[];
            /** @example 标准工业项目“一件事” */
            name: string;
            /** @example 新建工业项目（出让用地） */
            projectKind: string;
        };
        PartialProductionBody: {
            /**
             * @description 投产的生产线 / the production line
             * @example 一号注塑生产线
             */
            line: string;
            /**
             * @description 业务发生时间（ISO-8601 UTC），缺省为当前时间 / business time of the fact
             * @example 2026-03-02T01:30:00Z
             */
            occurredAt?: string;
            /**
             * @description 说明 / reason
             * @example 包联领导现场核实
             */
            reason?: string;
            /**
             * @description 开始日期 / the day it started
             * @example 2026-01-22
             */
            startedOn: string;
        };
        PartiesDto: {
            /**
             * @description 企业签约代表
             * @example 李总
             */
            enterpriseSignatory: string;
            /**
             * @description 园区（管委会）签约代表
             * @example 王主任
             */
            parkSignatory: string;
        };
        PlotRatioDto: {
            /**
             * @description 容积率上限 / maximum plot ratio
             * @example 3
             */
            maximum: number;
            /**
             * @description 容积率下限 / minimum plot ratio
             * @example 1.2
             */
            minimum: number;
        };
        PublishYearBody: {
            /**
             * @description 调休上班的周末 / weekend days worked
             * @example [
             *       "2027-02-13"
             *     ]
             */
            adjustedWorkdays: string[];
            /**
             * @description 法定节假日（含放假的周末）/ days off
             * @example [
             *       "2027-01-01",
             *       "2027-02-06",
             *       "2027-02-07",
             *       "2027-10-01"
             *     ]
             */
            holidays: string[];
        };
        RaiseProblemDto: {
            /**
             * @description 类别：供电、供水、供气、供热、审批、用地、用工、资金、其他
             * @example power_supply
             * @enum {string}
             */
            category: "power_supply" | "water_supply" | "gas_supply" | "heat_supply" | "approvals" | "land" | "labour" | "funding" | "other";
            /** @example 厂区变压器烧毁，无法正常施工用电 */
            description: string;
            /** @example 01963f6e-0000-7000-8000-000000000001 */
            projectId: string;
            /** @example 2026-03-02 */
            raisedOn: string;
        };
        ReadinessDto: {
            /**
             * @description 通气
             * @example true
             */
            gas: boolean;
            /**
             * @description 通热
             * @example false
             */
            heat: boolean;
            /**
             * @description 场地平整
             * @example true
             */
            levelled: boolean;
            /**
             * @description 通电
             * @example true
             */
            power: boolean;
            /**
             * @description 通路
             * @example true
             */
            road: boolean;
            /**
             * @description 通讯
             * @example true
             */
            telecom: boolean;
            /**
             * @description 通水
             * @example true
             */
            water: boolean;
        };
        ReasonDto: {
            /**
             * @description 原因 / reason, kept with the fact
             * @example 岗位调整
             */
            reason?: string;
        };
        RecordFollowUpBody: {
            /**
             * @description 跟进方式 / channel
             * @example phone
             * @enum {string}
             */
            channel: "phone" | "visit" | "meeting" | "wechat" | "email" | "other";
            /**
             * @description 下一步 / next step
             * @example 安排企业实地考察园区
             */
            nextStep?: string;
            /**
             * @description 下一步计划日期 / planned date of the next step
             * @example 2026-03-05
             */
            nextStepOn?: string;
            /**
             * @description 跟进时间（UTC）/ when it happened, if earlier than now
             * @example 2026-03-02T06:30:00Z
             */
            occurredAt?: string;
            /**
             * @description 洽谈内容 / summary
             * @example 电话沟通用地需求，企业关注标准厂房租金减免政策
             */
            summary: string;
        };
        RecordMilestoneDto: {
            /**
             * @description 节点：基础、主体封顶、主体竣工、设备安装、竣工 / milestone
             * @example foundation
             * @enum {string}
             */
            milestone: "foundation" | "main_structure_topped_out" | "main_structure_completed" | "equipment_installed" | "completion";
            /**
             * @description 完成日期 / date reached
             * @example 2026-04-20
             */
            reachedOn: string;
        };
        RecordSiteVisitBody: {
            /**
             * @description 考察情况 / what was seen and agreed
             * @example 考察标准厂房及水电配套，企业对地块区位满意
             */
            summary: string;
            /**
             * @description 考察日期 / day of the visit
             * @example 2026-03-04
             */
            visitedOn: string;
            /**
             * @description 考察人员 / visitors
             * @example [
             *       "李明",
             *       "王建国"
             *     ]
             */
            visitors: string[];
        };
        RecordSiteVisitDto: {
            /**
             * @description 走访情况 / what was seen and agreed
             * @example 现场协调变压器增容，供电公司承诺本月底前送电
             */
            note: string;
            /**
             * @description 走访日期 / visit date
             * @example 2026-03-02
             */
            visitedOn: string;
        };
        RecordTitleCertificateDto: {
            /**
             * @description 证书编号 / certificate number
             * @example 湘(2026)湘乡市不动产权第0001234号
             */
            certificateNumber?: string;
            /**
             * @description 不动产权证书颁发日期 / date the title certificate was granted
             * @example 2026-03-02
             */
            grantedOn: string;
        };
        RegisterLeadBody: {
            /**
             * @description 企业名称 / company name
             * @example 湖南星辰电气有限公司
             */
            companyName: string;
            /**
             * @description 联系人 / contact person
             * @example 李明
             */
            contactPerson: string;
            /**
             * @description 联系电话（个人信息）/ contact phone, personal data
             * @example 13812345678
             */
            contactPhone: string;
            /**
             * @description 预计年产值（元）/ expected annual output, integer yuan
             * @example 500000000
             */
            expectedAnnualOutput: number;
            /**
             * @description 预计年税收（元）/ expected annual tax, integer yuan
             * @example 20000000
             */
            expectedAnnualTax: number;
            /**
             * @description 预计就业人数 / expected jobs
             * @example 400
             */
            expectedJobs: number;
            /**
             * @description 行业大类，须属于该门类 / industry division of that section
             * @example 38
             */
            industryDivision?: string;
            /**
             * @description 国民经济行业门类 (GB/T 4754-2017) / industry section
             * @example C
             * @enum {string}
             */
            industrySection: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T";
            /**
             * @description 意向投资额（元）/ intended investment, integer yuan
             * @example 300000000
             */
            intendedInvestment: number;
            /**
             * @description 用地需求（亩）/ land demand in mu
             * @example 100
             */
            landDemandMu: number;
            /**
             * @description 备注 / notes
             * @example 企业计划年内完成选址
             */
            notes?: string;
            /**
             * @description 线索获得时间（UTC）/ when the lead came in, if earlier than now
             * @example 2026-03-02T01:30:00Z
             */
            occurredAt?: string;
            /**
             * @description 园区 / park the lead belongs to
             * @example xiangxiang-edz
             */
            parkId: string;
            /**
             * @description 主要产品 / product
             * @example 智能配电设备
             */
            product?: string;
            /**
             * @description 负责的招商专员 / promoter in charge
             * @example zhang.wei
             */
            promoterId?: string;
            /**
             * @description 线索来源 / source
             * @example promotion_event
             * @enum {string}
             */
            source: "promotion_event" | "investor_referral" | "commissioned_agency" | "walk_in_or_phone" | "online" | "other";
            /**
             * @description 推介会、推荐投资人或委托机构名称 / the fair, referring investor or agency
             * @example 湘港经贸合作周签约仪式
             */
            sourceName?: string;
            /**
             * @description 统一社会信用代码 (GB 32100-2015) / USCC, when known
             * @example 91430100MA4L12345A
             */
            uscc?: string;
        };
        RegisterParcelDto: {
            /**
             * @description 面积，平方米（约 50 亩）/ area in square metres
             * @example 33333.33
             */
            areaSquareMetres: number;
            /**
             * @description 地块编号 / parcel code
             * @example XX-2026-07
             */
            code: string;
            indicators: components["schemas"]["IndicatorsDto"];
            /**
             * @description 用地性质 / land use
             * @example 工业用地
             */
            landUse: string;
            /**
             * @description 位置 / location
             * @example 湘乡经开区东山大道以南、工业路以西
             */
            location: string;
            /**
             * @description 园区标识 / park id
             * @example park-xiangxiang
             */
            parkId: string;
            /** @description 七通一平 / site readiness */
            readiness: components["schemas"]["ReadinessDto"];
        };
        RentWaiverDto: {
            /**
             * @description 优惠政策名称
             * @example 标准厂房租金三免两减半
             */
            name: string;
            /**
             * @example [
             *       {
             *         "fromYear": 1,
             *         "toYear": 3,
             *         "waivedPercent": 100
             *       },
             *       {
             *         "fromYear": 4,
             *         "toYear": 5,
             *         "waivedPercent": 50
             *       }
             *     ]
             */
            periods: components["schemas"]["WaiverPeriodDto"][];
            /**
             * @description 标准厂房租金（元/平方米/年）
             * @example 144
             */
            rentPerSquareMetrePerYear: number;
        };
        ReportInvestmentDto: {
            /**
             * @description 月度完成投资，元 / completed investment, yuan
             * @example 10500000
             */
            completedYuan: number;
            /**
             * @description 月份 YYYY-MM / month
             * @example 2026-03
             */
            month: string;
            /**
             * @description 月度计划投资，元 / planned investment, yuan
             * @example 12000000
             */
            plannedYuan: number;
        };
        ReportMonthBody: {
            /**
             * @description 累计完成投资（元）/ investment completed to date, yuan
             * @example 260000000
             */
            investmentCompleted: number;
            /**
             * @description 月末从业人数 / jobs at the end of the month
             * @example 180
             */
            jobs: number;
            /**
             * @description 当月主营业务收入（元）/ main-business revenue of the month, yuan
             * @example 2000000
             */
            mainBusinessRevenue: number;
            /**
             * @description 业务发生时间（ISO-8601 UTC），缺省为当前时间 / business time of the fact
             * @example 2026-03-02T01:30:00Z
             */
            occurredAt?: string;
            /**
             * @description 当月工业总产值（元）/ output of the month, yuan
             * @example 2500000
             */
            output: number;
            /**
             * @description 说明 / reason
             * @example 包联领导现场核实
             */
            reason?: string;
            /**
             * @description 当月实缴税收（元）/ tax paid in the month, yuan
             * @example 150000
             */
            tax: number;
        };
        ResolveProblemDto: {
            /**
             * @description 办结佐证 / evidence
             * @example 供电公司送电确认单（2026-03-10）
             */
            evidence: string;
            /** @example 2026-03-10 */
            resolvedOn: string;
        };
        ReturnFileBody: {
            /**
             * @description 退件日期（15个工作日补正期已过）/ the day the file goes back
             * @example 2026-03-30
             */
            returnedOn: string;
        };
        ScreenLeadBody: {
            /**
             * @description 筛选结论：通过 / 不通过 / 暂缓 — the person’s decision
             * @example qualify
             * @enum {string}
             */
            decision: "qualify" | "reject" | "hold";
            /**
             * @description 筛选决定的时间（UTC），补录时填写 / when the decision was taken, if earlier than now; judged by the policy in force then
             * @example 2026-03-04T06:30:00Z
             */
            occurredAt?: string;
            /**
             * @description 理由 / reason
             * @example 属于园区主导产业，投资强度和亩均税收均达标
             */
            reason: string;
        };
        SetParkPolicyBody: {
            /**
             * @description 禁止类行业 / excluded categories
             * @example [
             *       "C25"
             *     ]
             */
            excludedIndustries: string[];
            /**
             * @description 最低投资强度（万元/亩），0 为不限 / minimum investment intensity
             * @example 250
             */
            minimumInvestmentIntensity: number;
            /**
             * @description 最低就业人数，0 为不限 / minimum jobs
             * @example 100
             */
            minimumJobs: number;
            /**
             * @description 最低亩均税收（万元/亩），0 为不限 / minimum annual tax per mu
             * @example 15
             */
            minimumTaxPerMu: number;
            /**
             * @description 主导产业（门类或大类代码）/ wanted industries, GB/T 4754 codes
             * @example [
             *       "C38",
             *       "C35"
             *     ]
             */
            wantedIndustries: string[];
        };
        SetParksDto: {
            /**
             * @description 全部园区；空表示全县 / every park; empty means the whole county
             * @example [
             *       "xiangxiang-edz"
             *     ]
             */
            parks: string[];
            /**
             * @description 原因 / reason, kept with the fact
             * @example 岗位调整
             */
            reason?: string;
        };
        SetRolesDto: {
            /**
             * @description 原因 / reason, kept with the fact
             * @example 岗位调整
             */
            reason?: string;
            /**
             * @description 全部角色 / every role the account is to hold
             * @example [
             *       "promoter",
             *       "leader"
             *     ]
             */
            roles: ("promoter" | "agent" | "leader" | "admin" | "auditor")[];
        };
        SignAgreementDto: {
            /**
             * @description “一件事”审批套餐代码，覆盖草案中的选择
             * @example industrial-project
             */
            approvalPackage?: string;
            /**
             * @description 签约日期（当日即办理工商、税务注册）
             * @example 2026-03-02
             */
            signedOn: string;
        };
        SignInDto: {
            /**
             * @description 密码 / password
             * @example Xiangjiang-river7
             */
            password: string;
            /**
             * @description 用户名 / user name
             * @example zhang.wei
             */
            username: string;
        };
        StartedOnBody: {
            /**
             * @description 业务发生时间（ISO-8601 UTC），缺省为当前时间 / business time of the fact
             * @example 2026-03-02T01:30:00Z
             */
            occurredAt?: string;
            /**
             * @description 说明 / reason
             * @example 包联领导现场核实
             */
            reason?: string;
            /**
             * @description 开始日期 / the day it started
             * @example 2026-01-22
             */
            startedOn: string;
        };
        StartWorkDto: {
            /**
             * @description 实际开工日期（首次永久性工程开挖或第一根桩）/ actual start (T2)
             * @example 2026-03-05
             */
            startedOn: string;
        };
        StatisticsEntryBody: {
            /**
             * @description 纳统日期 / the day it was entered into the statistics
             * @example 2026-02-28
             */
            enteredOn: string;
            /**
             * @description 业务发生时间（ISO-8601 UTC），缺省为当前时间 / business time of the fact
             * @example 2026-03-02T01:30:00Z
             */
            occurredAt?: string;
            /**
             * @description 说明 / reason
             * @example 包联领导现场核实
             */
            reason?: string;
        };
        StatusChangeBody: {
            /**
             * @description 原因 / reason
             * @example 企业投资计划推迟至明年
             */
            reason: string;
        };
        SubmitBody: {
            /**
             * @description 审批部门 / the authority
             * @example 湘潭市发展和改革委员会
             */
            authority: string;
            /**
             * @description 报送日期 / the day the file went to the authority
             * @example 2026-03-02
             */
            submittedOn: string;
        };
        SubscribeDigestDto: {
            /**
             * @description 接收每日待办的邮箱（加密保存）/ where the daily digest goes; sealed
             * @example wang.li@xiangxiang.gov.cn
             */
            email: string;
        };
        SupplementAgreementDto: {
            /** @description 补充后的全部承诺（增资只计增量） */
            commitments: components["schemas"]["CommitmentsDto"];
            /**
             * @description 补充协议签订日期
             * @example 2026-09-01
             */
            signedOn: string;
            /**
             * @description 补充协议内容摘要
             * @example 增资扩产：新增一条智能装备生产线，总投资增至1.5亿元
             */
            summary: string;
        };
        SupplyBody: {
            /**
             * @description 补交的容缺材料 / the deferred material supplied
             * @example investment_agreement
             */
            materialCode: string;
            /**
             * @description 补交日期 / the day it arrived
             * @example 2026-03-06
             */
            suppliedOn: string;
        };
        SuspendBody: {
            /**
             * @description 中止日期（承诺日期已过）/ the day the item is suspended
             * @example 2026-03-09
             */
            suspendedOn: string;
        };
        SwitchRoleDto: {
            /**
             * @description 切换到的角色 / the role to act in
             * @example leader
             * @enum {string}
             */
            role: "promoter" | "agent" | "leader" | "admin" | "auditor";
        };
        TakeInMaterialsBody: {
            /**
             * @description 经办人居民身份证号码（GB 11643，加密保存）/ the one ID: the applicant’s resident identity number, stored sealed
             * @example 430381197502030020
             */
            applicantIdNumber: string;
            /**
             * @description 经办人姓名（个人信息，加密保存）/ the applicant, personal data stored sealed
             * @example 王建国
             */
            applicantName: string;
            /**
             * @description 一张申请表的编号 / the one application form
             * @example 湘乡经开区代办〔2026〕0301号
             */
            formReference: string;
            /**
             * @description 一套材料：收到的材料编码 / the set of materials received
             * @example [
             *       "application_form",
             *       "business_licence",
             *       "project_summary"
             *     ]
             */
            materialCodes: string[];
            /**
             * @description 收件日期 / the day the materials were handed over
             * @example 2026-03-02
             */
            receivedOn: string;
        };
        TerminateAgreementDto: {
            /**
             * @description 解约原因
             * @example 企业资金链断裂，双方协商解除协议
             */
            reason: string;
            /**
             * @description 解约日期
             * @example 2026-10-08
             */
            terminatedOn: string;
        };
        WaiveItemBody: {
            /**
             * @description 免办原因 / why the project does not need it
             * @example 租赁园区标准厂房，无需办理用地手续
             */
            reason: string;
        };
        WaiverPeriodDto: {
            /** @example 1 */
            fromYear: number;
            /** @example 3 */
            toYear: number;
            /**
             * @description 减免比例（%）
             * @example 100
             */
            waivedPercent: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccountsController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 开始 / page, from 1 */
                page?: string;
                /** @description 每页条数（最多 100）/ page size, at most 100 */
                pageSize?: string;
                /** @description 园区 / working for this park */
                parkId?: string;
                /** @description 角色 / holding this role */
                role?: "promoter" | "agent" | "leader" | "admin" | "auditor";
                /** @description 按用户名或姓名检索 / search user names and display names */
                search?: string;
                /** @description 状态 / status */
                status?: "enabled" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: {
                            createdAt?: string;
                            displayName?: string;
                            id?: string;
                            lastSignInAt?: string;
                            mustChangePassword?: boolean;
                            parks?: string[];
                            passwordKind?: string;
                            passwordSetAt?: string;
                            revision?: number;
                            roles?: string[];
                            status?: string;
                            username?: string;
                        }[];
                        page?: number;
                        pageSize?: number;
                        total?: number;
                    };
                };
            };
        };
    };
    AccountsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        oneTimePassword?: string;
                        revision?: number;
                    };
                };
            };
            /** @description ACCOUNT.USERNAME_TAKEN 用户名已被使用 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt?: string;
                        displayName?: string;
                        id?: string;
                        lastSignInAt?: string;
                        mustChangePassword?: boolean;
                        parks?: string[];
                        passwordKind?: string;
                        passwordSetAt?: string;
                        revision?: number;
                        roles?: string[];
                        status?: string;
                        username?: string;
                    };
                };
            };
            /** @description ACCOUNT.NOT_FOUND 账号不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountChangesController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableAccountDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description ACCOUNT.OWN_ADMINISTRATION 不能停用自己的账号 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountChangesController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
        };
    };
    AccountsController_history: {
        parameters: {
            query?: {
                /** @description 只看授权变更或只看登录 / only grants or only sign-ins */
                kind?: "administration" | "sign-in";
                page?: string;
                pageSize?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: {
                            actor?: {
                                id?: string;
                                role?: string;
                            };
                            description?: {
                                en?: string;
                                zh?: string;
                            };
                            facts?: {
                                role?: string;
                            };
                            kind?: string;
                            occurredAt?: string;
                            reason?: string;
                            recordedAt?: string;
                            revision?: number;
                            type?: string;
                        }[];
                        page?: number;
                        pageSize?: number;
                        total?: number;
                    };
                };
            };
        };
    };
    AccountChangesController_parks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetParksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
        };
    };
    AccountChangesController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        oneTimePassword?: string;
                        revision?: number;
                    };
                };
            };
        };
    };
    AccountChangesController_roles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRolesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description ACCOUNT.OWN_ADMINISTRATION 不能撤销自己的管理员角色 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgreementQueriesController_list: {
        parameters: {
            query?: {
                /** @description 协议状态：draft 草案、signed 已签订、terminated 已解除 */
                status?: "draft" | "signed" | "terminated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: {
                            agreementId?: string;
                            countedInvestment?: number;
                            enterprise?: {
                                industryDivision?: string;
                                industrySection?: string;
                                name?: string;
                                uscc?: string;
                            };
                            projectName?: string;
                            revision?: number;
                            signing?: {
                                projectId?: string;
                                registrationDueOn?: string;
                                signedOn?: string;
                            };
                            status?: string;
                        }[];
                    };
                };
            };
        };
    };
    DraftAgreementController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftAgreementDto"];
            };
        };
        responses: {
            /** @description 已起草 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description AGREEMENT.LEAD_NOT_QUALIFIED（线索未通过筛选）、AGREEMENT.ALREADY_SIGNED_FOR_LEAD、AGREEMENT.INCENTIVE_NOT_IN_CATALOG 等 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgreementQueriesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agreementId?: string;
                        approvalPackage?: string;
                        commitments?: {
                            daysFromDeliveryToStart?: number;
                            fixedAssetInvestment?: number;
                            jobs?: number;
                            landAreaSquareMetres?: number;
                            monthsToProduction?: number;
                            parcelCode?: string;
                            taxPerMu?: number;
                            totalInvestment?: number;
                        };
                        countedInvestment?: number;
                        enterprise?: {
                            industryDivision?: string;
                            industrySection?: string;
                            name?: string;
                            uscc?: string;
                        };
                        incentives?: {
                            code?: string;
                            figures?: {
                                annualRent?: number;
                                factoryAreaSquareMetres?: number;
                                fixedAssetInvestment?: number;
                                kind?: string;
                                premises?: string[];
                                reward?: number;
                                totalWaived?: number;
                                years?: {
                                    rent?: number;
                                    waived?: number;
                                    waivedPercent?: number;
                                    year?: number;
                                }[] | number;
                            };
                            terms?: {
                                cap?: number;
                                code?: string;
                                kind?: string;
                                name?: string;
                                periods?: {
                                    fromYear?: number;
                                    toYear?: number;
                                    waivedPercent?: number;
                                }[];
                                premises?: string[];
                                rateBasisPoints?: number;
                                rentPerSquareMetrePerYear?: number;
                                threshold?: number;
                                years?: number;
                            };
                        }[];
                        leadId?: string;
                        parkId?: string;
                        parties?: {
                            enterpriseSignatory?: string;
                            parkSignatory?: string;
                        };
                        projectName?: string;
                        revision?: number;
                        signing?: {
                            projectId?: string;
                            registrationDueOn?: string;
                            signedOn?: string;
                        };
                        status?: string;
                        supplements?: unknown[];
                    };
                };
            };
            /** @description AGREEMENT.NOT_FOUND（投资协议不存在） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AmendAgreementController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description AGREEMENT.NOT_DRAFT（协议已签订，不能修改，请签补充协议）、AGREEMENT.TERMINATED 等 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignAgreementController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        projectId?: string;
                        revision?: number;
                    };
                };
            };
            /** @description AGREEMENT.ALREADY_SIGNED_FOR_LEAD（该线索已签约）、AGREEMENT.ALREADY_SIGNED_FOR_ENTERPRISE、AGREEMENT.NOT_DRAFT、AGREEMENT.DATE_IN_FUTURE 等 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SupplementAgreementController_supplement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplementAgreementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                        supplementId?: string;
                    };
                };
            };
            /** @description AGREEMENT.NOT_SIGNED（协议尚未签订）、AGREEMENT.DATE_BEFORE_SIGNING、AGREEMENT.TERMINATED 等 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TerminateAgreementController_terminate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminateAgreementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description AGREEMENT.TERMINATED（协议已解除）、AGREEMENT.DATE_BEFORE_SIGNING、AGREEMENT.DATE_IN_FUTURE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QueuesController_list: {
        parameters: {
            query?: {
                /** @description “即将到期”的工作日数，默认 2 / working days that count as due soon */
                dueSoonDays?: string;
                /** @description 即将到期 / 已逾期 / 待补材料 / 待部门审批 */
                filter?: "due_soon" | "overdue" | "waiting_for_materials" | "waiting_for_authority";
                /** @description 只看我的事项 / only items assigned to me */
                mine?: "true" | "false";
                /** @description 只看一个园区的事项 / only one park’s items */
                parkId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 查询结果 / the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf?: string;
                        items?: {
                            acceptance?: string;
                            acceptedOn?: string;
                            assignee?: string;
                            authority?: string;
                            clock?: {
                                dueOn?: string;
                                limitDays?: number;
                                overdue?: boolean;
                                overdueDays?: number;
                                pausedDays?: number;
                                provisional?: boolean;
                                remainingDays?: number;
                                startedOn?: string;
                                state?: string;
                                usedDays?: number;
                            };
                            closedOn?: string;
                            corrections?: {
                                reason?: string;
                                returnedOn?: string;
                            }[];
                            deficiencies?: {
                                materialCode?: string;
                                promisedOn?: string;
                                suppliedOn?: string;
                            }[];
                            dueOn?: string;
                            grant?: {
                                grantedOn?: string;
                                licenceNumber?: string;
                                projectCode?: string;
                            };
                            id?: string;
                            intake?: {
                                applicantIdNumber?: string;
                                applicantName?: string;
                                formReference?: string;
                                materialCodes?: string[];
                                receivedOn?: string;
                            };
                            item?: {
                                code?: string;
                                commitmentAllowed?: boolean;
                                deficiencyAllowed?: boolean;
                                givesProjectCode?: boolean;
                                materials?: {
                                    code?: string;
                                    kind?: string;
                                    name?: string;
                                }[];
                                name?: string;
                                prerequisites?: string[];
                                stage?: string;
                                timeLimitDays?: number;
                            };
                            itemId?: string;
                            latestOn?: string;
                            openedOn?: string;
                            origin?: string;
                            packageCode?: string;
                            parkId?: string;
                            projectId?: string;
                            revision?: number;
                            status?: string;
                            submittedOn?: string;
                            suspensions?: {
                                missedMaterials?: string[];
                                resumedOn?: string;
                                supplyBy?: string;
                                supplyByProvisional?: boolean;
                                suspendedOn?: string;
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    ApprovalItemController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 查询结果 / the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acceptance?: string;
                        acceptedOn?: string;
                        assignee?: string;
                        authority?: string;
                        clock?: {
                            dueOn?: string;
                            limitDays?: number;
                            overdue?: boolean;
                            overdueDays?: number;
                            pausedDays?: number;
                            provisional?: boolean;
                            remainingDays?: number;
                            startedOn?: string;
                            state?: string;
                            usedDays?: number;
                        };
                        closedOn?: string;
                        corrections?: {
                            reason?: string;
                            returnedOn?: string;
                        }[];
                        deficiencies?: {
                            materialCode?: string;
                            promisedOn?: string;
                            suppliedOn?: string;
                        }[];
                        dueOn?: string;
                        grant?: {
                            grantedOn?: string;
                            licenceNumber?: string;
                            projectCode?: string;
                        };
                        id?: string;
                        intake?: {
                            applicantIdNumber?: string;
                            applicantName?: string;
                            formReference?: string;
                            materialCodes?: string[];
                            receivedOn?: string;
                        };
                        item?: {
                            code?: string;
                            commitmentAllowed?: boolean;
                            deficiencyAllowed?: boolean;
                            givesProjectCode?: boolean;
                            materials?: {
                                code?: string;
                                kind?: string;
                                name?: string;
                            }[];
                            name?: string;
                            prerequisites?: string[];
                            stage?: string;
                            timeLimitDays?: number;
                        };
                        itemId?: string;
                        latestOn?: string;
                        openedOn?: string;
                        origin?: string;
                        packageCode?: string;
                        parkId?: string;
                        projectId?: string;
                        revision?: number;
                        status?: string;
                        submittedOn?: string;
                        suspensions?: {
                            missedMaterials?: string[];
                            resumedOn?: string;
                            supplyBy?: string;
                            supplyByProvisional?: boolean;
                            suspendedOn?: string;
                        }[];
                    };
                };
            };
            /** @description 审批事项不存在 / no such item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    IntakeController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 申请材料不齐全 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.MATERIALS_INCOMPLETE",
                     *       "status": 409,
                     *       "code": "APPROVAL.MATERIALS_INCOMPLETE",
                     *       "title": "申请材料不齐全",
                     *       "detail": "Missing materials: investment_agreement"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    IntakeController_acceptUnderCommitment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptUnderCommitmentBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 因承诺失信已丧失承诺制办理资格 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.COMMITMENT_ROUTE_LOST",
                     *       "status": 409,
                     *       "code": "APPROVAL.COMMITMENT_ROUTE_LOST",
                     *       "title": "因承诺失信已丧失承诺制办理资格",
                     *       "detail": "A broken commitment on this project removed the commitment route"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    IntakeController_acceptWithDeficiencies: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptWithDeficienciesBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 核心材料不得容缺 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.CORE_MATERIAL_CANNOT_BE_DEFERRED",
                     *       "status": 409,
                     *       "code": "APPROVAL.CORE_MATERIAL_CANNOT_BE_DEFERRED",
                     *       "title": "核心材料不得容缺",
                     *       "detail": "Core materials cannot be deferred: project_summary"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    IntakeController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignAgentBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项已办结 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.ITEM_CLOSED",
                     *       "status": 409,
                     *       "code": "APPROVAL.ITEM_CLOSED",
                     *       "title": "审批事项已办结",
                     *       "detail": "The item is granted and takes no more steps"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    DeficienciesController_checkCommitment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckCommitmentBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 承诺失信须注明处理结果 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.CONSEQUENCE_REQUIRED",
                     *       "status": 409,
                     *       "code": "APPROVAL.CONSEQUENCE_REQUIRED",
                     *       "title": "承诺失信须注明处理结果",
                     *       "detail": "A broken commitment needs its consequence"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    AuthorityController_returnForCorrection: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatedReasonBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项尚未报送审批部门 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_SUBMITTED",
                     *       "status": 409,
                     *       "code": "APPROVAL.NOT_SUBMITTED",
                     *       "title": "审批事项尚未报送审批部门",
                     *       "detail": "The item is not with the authority"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    DeficienciesController_returnFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnFileBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 补正期限（15个工作日）尚未届满 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.SUPPLY_WINDOW_OPEN",
                     *       "status": 409,
                     *       "code": "APPROVAL.SUPPLY_WINDOW_OPEN",
                     *       "title": "补正期限（15个工作日）尚未届满",
                     *       "detail": "Materials may still be supplied until 2026-03-27"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    AuthorityController_grant: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 前置审批事项尚未办结 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.PREREQUISITES_NOT_GRANTED",
                     *       "status": 409,
                     *       "code": "APPROVAL.PREREQUISITES_NOT_GRANTED",
                     *       "title": "前置审批事项尚未办结",
                     *       "detail": "Grant these items first: business_registration"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    IntakeController_takeIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeInMaterialsBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 申请材料不齐全 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.MATERIALS_INCOMPLETE",
                     *       "status": 409,
                     *       "code": "APPROVAL.MATERIALS_INCOMPLETE",
                     *       "title": "申请材料不齐全",
                     *       "detail": "Missing materials: project_summary"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    ErasureController_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseApplicantDataBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 该事项尚未收取经办人个人信息 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NO_APPLICANT_DATA",
                     *       "status": 409,
                     *       "code": "APPROVAL.NO_APPLICANT_DATA",
                     *       "title": "该事项尚未收取经办人个人信息",
                     *       "detail": "No applicant data was taken in for this item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    AuthorityController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatedReasonBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项尚未报送审批部门 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_SUBMITTED",
                     *       "status": 409,
                     *       "code": "APPROVAL.NOT_SUBMITTED",
                     *       "title": "审批事项尚未报送审批部门",
                     *       "detail": "The item is not with the authority"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    AuthorityController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项尚未受理 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_ACCEPTED",
                     *       "status": 409,
                     *       "code": "APPROVAL.NOT_ACCEPTED",
                     *       "title": "审批事项尚未受理",
                     *       "detail": "The item has not been accepted"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    DeficienciesController_supply: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplyBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 该材料不在待补容缺材料中 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_DEFERRED",
                     *       "status": 409,
                     *       "code": "APPROVAL.NOT_DEFERRED",
                     *       "title": "该材料不在待补容缺材料中",
                     *       "detail": "investment_agreement is not a deferred material awaiting supply"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    DeficienciesController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 没有逾期未兑现的容缺承诺 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NO_MISSED_PROMISE",
                     *       "status": 409,
                     *       "code": "APPROVAL.NO_MISSED_PROMISE",
                     *       "title": "没有逾期未兑现的容缺承诺",
                     *       "detail": "No promised date for a deferred material has passed"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    PlanningController_waive: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键：重试时返回首次结果 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号，例如 "3" / the revision last seen */
                "If-Match"?: string;
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WaiveItemBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.NOT_FOUND",
                     *       "status": 404,
                     *       "code": "APPROVAL.NOT_FOUND",
                     *       "title": "审批事项不存在",
                     *       "detail": "No such approval item"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 审批事项已办结 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.ITEM_CLOSED",
                     *       "status": 409,
                     *       "code": "APPROVAL.ITEM_CLOSED",
                     *       "title": "审批事项已办结",
                     *       "detail": "The item is granted and takes no more steps"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    QueuesController_board: {
        parameters: {
            query?: {
                /** @description 只看一个园区 / only one park */
                parkId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 查询结果 / the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf?: string;
                        brokenPromises?: {
                            agentId?: string;
                            count?: number;
                            entries?: {
                                itemCode?: string;
                                itemId?: string;
                                kind?: string;
                                materialCode?: string;
                                parkId?: string;
                                projectId?: string;
                                promisedOn?: string;
                            }[];
                            stage?: string;
                        }[];
                        overdue?: {
                            agentId?: string;
                            count?: number;
                            entries?: {
                                dueOn?: string;
                                itemCode?: string;
                                itemId?: string;
                                name?: string;
                                overdueDays?: number;
                                parkId?: string;
                                projectId?: string;
                                provisional?: boolean;
                            }[];
                            stage?: string;
                        }[];
                    };
                };
            };
        };
    };
    CalendarController_deadline: {
        parameters: {
            query: {
                /** @description 工作日数 / working days */
                days: string;
                /** @description 起算日 / the first day */
                from: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 查询结果 / the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days?: number;
                        dueOn?: string;
                        from?: string;
                        provisional?: boolean;
                    };
                };
            };
        };
    };
    CalendarController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 查询结果 / the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adjustedWorkdays?: string[];
                        holidays?: string[];
                        revision?: number;
                        source?: string;
                        year?: number;
                    };
                };
            };
        };
    };
    CalendarController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishYearBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 调休工作日必须是周末 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:CALENDAR.ADJUSTED_WORKDAY_NOT_WEEKEND",
                     *       "status": 409,
                     *       "code": "CALENDAR.ADJUSTED_WORKDAY_NOT_WEEKEND",
                     *       "title": "调休工作日必须是周末",
                     *       "detail": "2027-02-15 is a weekday"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    CatalogController_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 查询结果 / the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        defaultPackage?: string;
                        items?: {
                            project_filing?: {
                                code?: string;
                                commitmentAllowed?: boolean;
                                deficiencyAllowed?: boolean;
                                givesProjectCode?: boolean;
                                materials?: {
                                    code?: string;
                                    kind?: string;
                                    name?: string;
                                }[];
                                name?: string;
                                prerequisites?: string[];
                                stage?: string;
                                timeLimitDays?: number;
                            };
                        };
                        packages?: {
                            standard_industrial?: {
                                code?: string;
                                itemCodes?: string[];
                                name?: string;
                                projectKind?: string;
                            };
                        };
                    };
                };
            };
        };
    };
    CatalogController_chooseDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefaultPackageBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 套餐不存在 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:PACKAGE.NOT_FOUND",
                     *       "status": 409,
                     *       "code": "PACKAGE.NOT_FOUND",
                     *       "title": "套餐不存在",
                     *       "detail": "No package moon_base"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    CatalogController_defineItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogItemBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 前置事项形成循环 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:CATALOG.PREREQUISITE_CYCLE",
                     *       "status": 409,
                     *       "code": "CATALOG.PREREQUISITE_CYCLE",
                     *       "title": "前置事项形成循环",
                     *       "detail": "energy_review would come before itself"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    CatalogController_definePackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackageBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 套餐缺少前置事项 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:CATALOG.PACKAGE_MISSING_PREREQUISITE",
                     *       "status": 409,
                     *       "code": "CATALOG.PACKAGE_MISSING_PREREQUISITE",
                     *       "title": "套餐缺少前置事项",
                     *       "detail": "The package lacks prerequisites: project_filing"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    ListPoolsController_list: {
        parameters: {
            query?: {
                /** @description 园区，缺省为本人所属的全部园区 / one park, by default every park the caller works for */
                parkId?: string;
                /** @description 年度，缺省为今年 / the year, this year by default */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 培育库 / cultivation pools */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        nearThreshold?: number;
                        pools?: {
                            about_to_commission?: unknown[];
                            above_scale?: {
                                enterpriseName?: string;
                                parkId?: string;
                                projectId?: string;
                                projectName?: string;
                                scale?: string;
                                stage?: string;
                                trailingRevenue?: number;
                            }[];
                            continuing?: {
                                enterpriseName?: string;
                                parkId?: string;
                                projectId?: string;
                                projectName?: string;
                                scale?: string;
                                stage?: string;
                                trailingRevenue?: number;
                            }[];
                            new?: unknown[];
                        };
                        threshold?: number;
                        warnings?: {
                            atRisk?: unknown[];
                            candidates?: unknown[];
                            near?: {
                                enterpriseName?: string;
                                parkId?: string;
                                projectId?: string;
                                projectName?: string;
                                scale?: string;
                                stage?: string;
                                trailingRevenue?: number;
                            }[];
                        };
                        year?: number;
                    };
                };
            };
        };
    };
    DispatchController_window: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchWindowDto"];
            };
        };
        responses: {
            /** @description DISPATCH.INVALID_WINDOW 调度窗口无效 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DispatchController_hold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldDispatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description DISPATCH.OUTSIDE_WINDOW / OVERRIDE_NOT_ALLOWED / ALREADY_HELD / MONTH_BEFORE_PREVIOUS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DispatchController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgersController_park: {
        parameters: {
            query?: {
                ledger?: "open" | "solved";
            };
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgersController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProblemsController_raise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseProblemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description PROBLEM.PROJECT_UNKNOWN 建设服务尚不知道该项目 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProblemsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                problemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignProblemDto"];
            };
        };
        responses: {
            /** @description PROBLEM.ALREADY_RESOLVED / PROBLEM.DATE_BEFORE_RAISED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProblemsController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                problemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteProgressDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProblemsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                problemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveProblemDto"];
            };
        };
        responses: {
            /** @description PROBLEM.NOT_ASSIGNED / PROBLEM.ALREADY_RESOLVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SiteWorkController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SiteWorkController_investment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportInvestmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description CONSTRUCTION.LAND_NOT_DELIVERED 建设档案未开启 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LeadershipController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LeadershipController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignLeadershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SiteWorkController_milestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description CONSTRUCTION.WORK_NOT_STARTED / MILESTONE_OUT_OF_ORDER / MILESTONE_DUPLICATE / MILESTONE_DATE_OUT_OF_ORDER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LedgersController_project: {
        parameters: {
            query?: {
                ledger?: "open" | "solved";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LeadershipController_visit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSiteVisitDto"];
            };
        };
        responses: {
            /** @description LEADERSHIP.NOT_ASSIGNED / NOT_THE_LEADER / VISIT_BEFORE_ASSIGNMENT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SiteWorkController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartWorkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description CONSTRUCTION.LAND_NOT_DELIVERED / PERMIT_NOT_GRANTED / START_BEFORE_CLEARANCE / ALREADY_STARTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FiguresController_park: {
        parameters: {
            query: {
                /** @description 园区 / park */
                parkId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReadLandProjectController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description LAND.PROJECT_NOT_FOUND 交地服务尚不知道该项目 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordTitleCertificateController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordTitleCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description LAND.TITLE_CERTIFICATE_CONFLICT 不动产权证书已按其他日期登记 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListLeadsController_list: {
        parameters: {
            query?: {
                /** @description 行业门类或大类 / industry section or division */
                industry?: string;
                /** @description 只看超时线索 / only overdue leads (true) or only timely ones (false) */
                overdue?: "true" | "false";
                /** @description 页码，从 1 开始 / page, from 1 */
                page?: string;
                /** @description 每页条数，最多 100 / page size, at most 100 */
                pageSize?: string;
                /** @description 园区 / park */
                parkId?: string;
                /** @description 招商专员 / promoter */
                promoter?: string;
                /** @description 按企业名称（全半角、空格、公司后缀不敏感）或统一社会信用代码检索 / search by company name or USCC */
                search?: string;
                /** @description 来源 / source */
                source?: "promotion_event" | "investor_referral" | "commissioned_agency" | "walk_in_or_phone" | "online" | "other";
                /** @description 状态 / status */
                status?: "open" | "qualified" | "on_hold" | "rejected" | "dropped" | "signed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: {
                            companyName?: string;
                            contactPerson?: string;
                            contactPhone?: string;
                            expectedAnnualOutput?: number;
                            expectedAnnualTax?: number;
                            expectedJobs?: number;
                            id?: string;
                            industry?: {
                                division?: string;
                                section?: string;
                            };
                            intendedInvestment?: number;
                            landDemandMu?: number;
                            parkId?: string;
                            product?: string;
                            promoterId?: string;
                            registeredAt?: string;
                            registeredOn?: string;
                            revision?: number;
                            source?: string;
                            sourceName?: string;
                            status?: string;
                            timeliness?: {
                                assessmentDueOn?: string;
                                firstResponseDueOn?: string;
                                overdue?: string[];
                                provisional?: boolean;
                            };
                            uscc?: string;
                        }[];
                        page?: number;
                        pageSize?: number;
                        total?: number;
                    };
                };
            };
        };
    };
    RegisterLeadController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterLeadBody"];
            };
        };
        responses: {
            /** @description 已登记 / registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description LEAD.DUPLICATE_USCC 或 LEAD.DUPLICATE_NAME，附已有线索编号 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        detail?: string;
                        existingLeadId?: string;
                        status?: number;
                        title?: string;
                        type?: string;
                    };
                };
            };
        };
    };
    GetLeadController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        companyName?: string;
                        contactPerson?: string;
                        contactPhone?: string;
                        expectedAnnualOutput?: number;
                        expectedAnnualTax?: number;
                        expectedJobs?: number;
                        firstRespondedOn?: string;
                        followUps?: number;
                        id?: string;
                        industry?: {
                            division?: string;
                            section?: string;
                        };
                        intendedInvestment?: number;
                        landDemandMu?: number;
                        lastScreening?: {
                            decision?: string;
                            policyVersion?: number;
                            reason?: string;
                            results?: {
                                actual?: string | number;
                                outcome?: string;
                                required?: string | number;
                                rule?: string;
                            }[];
                        };
                        notes?: string;
                        parkId?: string;
                        product?: string;
                        projectId?: string;
                        promoterId?: string;
                        qualifiedOn?: string;
                        reached?: {
                            followedUp?: boolean;
                            qualified?: boolean;
                            screened?: boolean;
                            signed?: boolean;
                        };
                        registeredAt?: string;
                        registeredOn?: string;
                        revision?: number;
                        screenedOn?: string;
                        signedOn?: string;
                        siteVisits?: number;
                        source?: string;
                        sourceName?: string;
                        status?: string;
                        timeline?: {
                            actor?: {
                                id?: string;
                                role?: string;
                            };
                            details?: {
                                channel?: string;
                                companyName?: string;
                                decision?: string;
                                nextStep?: string;
                                nextStepOn?: string;
                                policyVersion?: number;
                                promoterId?: string;
                                reason?: string;
                                results?: {
                                    actual?: string | number;
                                    outcome?: string;
                                    required?: string | number;
                                    rule?: string;
                                }[];
                                source?: string;
                                sourceName?: string;
                                summary?: string;
                            };
                            occurredAt?: string;
                            reason?: string;
                            recordedAt?: string;
                            revision?: number;
                            title?: string;
                            type?: string;
                        }[];
                        timeliness?: {
                            assessmentDueOn?: string;
                            firstResponseDueOn?: string;
                            overdue?: unknown[];
                            provisional?: boolean;
                        };
                        uscc?: string;
                    };
                };
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LEAD.NOT_FOUND 线索不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssignPromoterController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号 / the revision last seen, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignPromoterBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description REQUEST.VALIDATION_FAILED 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LEAD.NOT_FOUND 线索不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 业务规则拒绝 / refused by a rule, with its code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        detail?: string;
                        status?: number;
                        title?: string;
                        type?: string;
                    };
                };
            };
        };
    };
    LeadStatusController_drop: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号 / the revision last seen, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChangeBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description REQUEST.VALIDATION_FAILED 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LEAD.NOT_FOUND 线索不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 业务规则拒绝 / refused by a rule, with its code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        detail?: string;
                        status?: number;
                        title?: string;
                        type?: string;
                    };
                };
            };
        };
    };
    RecordFollowUpController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号 / the revision last seen, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFollowUpBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description REQUEST.VALIDATION_FAILED 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LEAD.NOT_FOUND 线索不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 业务规则拒绝 / refused by a rule, with its code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        detail?: string;
                        status?: number;
                        title?: string;
                        type?: string;
                    };
                };
            };
        };
    };
    LeadStatusController_hold: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号 / the revision last seen, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChangeBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description REQUEST.VALIDATION_FAILED 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LEAD.NOT_FOUND 线索不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 业务规则拒绝 / refused by a rule, with its code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        detail?: string;
                        status?: number;
                        title?: string;
                        type?: string;
                    };
                };
            };
        };
    };
    ErasePersonalDataController_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号 / the revision last seen, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasePersonalDataBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description REQUEST.VALIDATION_FAILED 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LEAD.NOT_FOUND 线索不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 业务规则拒绝 / refused by a rule, with its code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        detail?: string;
                        status?: number;
                        title?: string;
                        type?: string;
                    };
                };
            };
        };
    };
    LeadStatusController_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号 / the revision last seen, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChangeBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description REQUEST.VALIDATION_FAILED 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LEAD.NOT_FOUND 线索不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 业务规则拒绝 / refused by a rule, with its code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        detail?: string;
                        status?: number;
                        title?: string;
                        type?: string;
                    };
                };
            };
        };
    };
    ScreenLeadController_screen: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号 / the revision last seen, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreenLeadBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description REQUEST.VALIDATION_FAILED 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LEAD.NOT_FOUND 线索不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 业务规则拒绝 / refused by a rule, with its code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        detail?: string;
                        status?: number;
                        title?: string;
                        type?: string;
                    };
                };
            };
        };
    };
    RecordSiteVisitController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description 幂等键 / makes a retry safe */
                "Idempotency-Key"?: string;
                /** @description 上次读取的版本号 / the revision last seen, e.g. "3" */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSiteVisitBody"];
            };
        };
        responses: {
            /** @description 已记录 / recorded; ETag carries the new revision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description REQUEST.VALIDATION_FAILED 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LEAD.NOT_FOUND 线索不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 业务规则拒绝 / refused by a rule, with its code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        detail?: string;
                        status?: number;
                        title?: string;
                        type?: string;
                    };
                };
            };
        };
    };
    LeadFunnelController_funnel: {
        parameters: {
            query: {
                /** @description 起始日期（含）/ first day */
                from: string;
                /** @description 园区 / park */
                parkId?: string;
                /** @description 截止日期（含）/ last day */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bySource?: {
                            source?: string;
                            stages?: {
                                count?: number;
                                intendedInvestment?: number;
                                stage?: string;
                            }[];
                        }[];
                        from?: string;
                        stages?: {
                            count?: number;
                            intendedInvestment?: number;
                            stage?: string;
                        }[];
                        to?: string;
                    };
                };
            };
        };
    };
    DeliveriesController_deliveries: {
        parameters: {
            query?: {
                parkId?: string;
                status?: "pending" | "sent" | "abandoned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DueItemsController_list: {
        parameters: {
            query?: {
                parkId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChannelsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChannelsController_configure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channelId: string;
                parkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigureChannelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChannelsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channelId: string;
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DigestController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DigestController_subscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscribeDigestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DigestController_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeliveriesController_sweepNow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BackupsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    BackupsController_take: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_deadLetters: {
        parameters: {
            query: {
                consumer: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_projections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_settled: {
        parameters: {
            query: {
                /** @description A position of the global log */
                position: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReadParcelsController_list: {
        parameters: {
            query?: {
                parkId?: string;
                status?: "available" | "allocated" | "delivered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegisterParcelController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterParcelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description LAND.PARCEL_CODE_TAKEN 地块编号已被使用 / LAND.INVALID_PLOT_RATIO 容积率区间无效 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReadParcelsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parcelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description LAND.PARCEL_NOT_FOUND 地块不存在 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AllocateParcelController_allocate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parcelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocateParcelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description AUTH.PARK_NOT_ALLOWED 无权访问地块或项目所在园区的数据 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LAND.COMMITMENTS_SHORT 协议承诺未达到地块控制指标（shortfalls 列出每一项）/ LAND.PROJECT_NOT_SIGNED / LAND.PARCEL_IN_OTHER_PARK / LAND.PARCEL_ALREADY_ALLOCATED / LAND.OVERRIDE_NOT_ALLOWED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeliverLandController_deliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parcelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverLandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description LAND.PARCEL_NOT_ALLOCATED / LAND.ALREADY_DELIVERED / LAND.DELIVERY_BEFORE_ALLOCATION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviseParcelController_indicators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parcelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description LAND.INDICATORS_FIXED 地块已分配，控制指标不可修改 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviseParcelController_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parcelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadinessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
        };
    };
    ParkPolicyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        parkId?: string;
                        rules?: {
                            excludedIndustries?: {
                                division?: string;
                                section?: string;
                            }[];
                            minimumInvestmentIntensity?: number;
                            minimumJobs?: number;
                            minimumTaxPerMu?: number;
                            wantedIndustries?: {
                                division?: string;
                                section?: string;
                            }[];
                        };
                        setAt?: string;
                        setBy?: string;
                        version?: number;
                    };
                };
            };
            /** @description POLICY.NOT_FOUND 园区尚未配置筛选政策 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ParkPolicyController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetParkPolicyBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
        };
    };
    IncentiveCatalogController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        configured?: boolean;
                        incentives?: {
                            cap?: number;
                            code?: string;
                            kind?: string;
                            name?: string;
                            periods?: {
                                fromYear?: number;
                                toYear?: number;
                                waivedPercent?: number;
                            }[];
                            premises?: string[];
                            rateBasisPoints?: number;
                            rentPerSquareMetrePerYear?: number;
                            threshold?: number;
                            years?: number;
                        }[];
                        parkId?: string;
                    };
                };
            };
        };
    };
    IncentiveCatalogController_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                parkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        parkId?: string;
                        revision?: number;
                    };
                };
            };
            /** @description INCENTIVE.NOT_FOUND（政策目录中没有该优惠政策） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    IncentiveCatalogController_freePremises: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                parkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FreePremisesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        parkId?: string;
                        revision?: number;
                    };
                };
            };
        };
    };
    IncentiveCatalogController_investmentReward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                parkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvestmentRewardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        parkId?: string;
                        revision?: number;
                    };
                };
            };
        };
    };
    IncentiveCatalogController_rentWaiver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                parkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RentWaiverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        parkId?: string;
                        revision?: number;
                    };
                };
            };
        };
    };
    ProjectRegisterController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: {
                            agreementId?: string;
                            approvalPackage?: string;
                            commitments?: {
                                daysFromDeliveryToStart?: number;
                                fixedAssetInvestment?: number;
                                jobs?: number;
                                landAreaSquareMetres?: number;
                                monthsToProduction?: number;
                                parcelCode?: string;
                                taxPerMu?: number;
                                totalInvestment?: number;
                            };
                            countedInvestment?: number;
                            enterprise?: {
                                industryDivision?: string;
                                industrySection?: string;
                                name?: string;
                                uscc?: string;
                            };
                            leadId?: string;
                            parkId?: string;
                            projectId?: string;
                            projectName?: string;
                            registrationDueOn?: string;
                            signedOn?: string;
                            status?: string;
                            supplements?: number;
                        }[];
                    };
                };
            };
        };
    };
    AccessController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QueuesController_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 查询结果 / the result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf?: string;
                        items?: {
                            acceptance?: string;
                            acceptedOn?: string;
                            assignee?: string;
                            authority?: string;
                            clock?: {
                                dueOn?: string;
                                limitDays?: number;
                                overdue?: boolean;
                                overdueDays?: number;
                                pausedDays?: number;
                                provisional?: boolean;
                                remainingDays?: number;
                                startedOn?: string;
                                state?: string;
                                usedDays?: number;
                            };
                            closedOn?: string;
                            corrections?: {
                                reason?: string;
                                returnedOn?: string;
                            }[];
                            deficiencies?: {
                                materialCode?: string;
                                promisedOn?: string;
                                suppliedOn?: string;
                            }[];
                            dueOn?: string;
                            grant?: {
                                grantedOn?: string;
                                licenceNumber?: string;
                                projectCode?: string;
                            };
                            id?: string;
                            intake?: {
                                applicantIdNumber?: string;
                                applicantName?: string;
                                formReference?: string;
                                materialCodes?: string[];
                                receivedOn?: string;
                            };
                            item?: {
                                code?: string;
                                commitmentAllowed?: boolean;
                                deficiencyAllowed?: boolean;
                                givesProjectCode?: boolean;
                                materials?: {
                                    code?: string;
                                    kind?: string;
                                    name?: string;
                                }[];
                                name?: string;
                                prerequisites?: string[];
                                stage?: string;
                                timeLimitDays?: number;
                            };
                            itemId?: string;
                            latestOn?: string;
                            openedOn?: string;
                            origin?: string;
                            packageCode?: string;
                            parkId?: string;
                            projectId?: string;
                            revision?: number;
                            status?: string;
                            submittedOn?: string;
                            suspensions?: {
                                missedMaterials?: string[];
                                resumedOn?: string;
                                supplyBy?: string;
                                supplyByProvisional?: boolean;
                                suspendedOn?: string;
                            }[];
                        }[];
                        projectId?: string;
                    };
                };
            };
            /** @description 项目不存在或尚未签约 / no signed project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PlanningController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddItemBody"];
            };
        };
        responses: {
            /** @description 已创建 / created; Location names it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 请求参数校验失败 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:REQUEST.VALIDATION_FAILED",
                     *       "status": 400,
                     *       "code": "REQUEST.VALIDATION_FAILED",
                     *       "title": "请求参数校验失败",
                     *       "detail": "One or more fields are invalid"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
            /** @description 该项目已有此审批事项 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:ia-suite:problem:APPROVAL.ALREADY_PLANNED",
                     *       "status": 409,
                     *       "code": "APPROVAL.ALREADY_PLANNED",
                     *       "title": "该项目已有此审批事项",
                     *       "detail": "The project has energy_review already"
                     *     }
                     */
                    "application/problem+json": unknown;
                };
            };
        };
    };
    ViewProjectController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 项目标识 / project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 投产情况 / the project’s commissioning */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        commitmentCheck?: {
                            completion?: unknown;
                            current?: {
                                actual?: number;
                                committed?: number;
                                figure?: string;
                                shortfall?: number;
                            }[];
                            fullCapacity?: unknown;
                        };
                        commitments?: {
                            fixedAssetInvestment?: number;
                            jobs?: number;
                            landAreaMu?: number;
                            landAreaSquareMetres?: number;
                            monthsToProduction?: number;
                            taxPerMu?: number;
                            totalInvestment?: number;
                        };
                        lines?: unknown[];
                        milestones?: {
                            completedOn?: string;
                            constructionStartedOn?: string;
                            equipmentDebuggingOn?: string;
                            trialProductionOn?: string;
                        };
                        parkId?: string;
                        project?: {
                            agreementId?: string;
                            enterpriseName?: string;
                            parkId?: string;
                            projectName?: string;
                            signedOn?: string;
                        };
                        projectId?: string;
                        reports?: {
                            investmentCompleted?: number;
                            jobs?: number;
                            mainBusinessRevenue?: number;
                            month?: string;
                            output?: number;
                            tax?: number;
                        }[];
                        scale?: {
                            nearThreshold?: number;
                            status?: string;
                            threshold?: number;
                        };
                        stage?: string;
                        statistics?: unknown;
                        trailingRevenue?: number;
                        trailingTax?: number;
                    };
                };
            };
            /** @description COMMISSIONING.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CheckCommitmentsController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 项目标识 / project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckCommitmentsBody"];
            };
        };
        responses: {
            /** @description 已核查 / checked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 如 COMMISSIONING.NOT_AT_FULL_CAPACITY、COMMISSIONING.ALREADY_CHECKED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordMilestoneController_debugging: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 项目标识 / project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartedOnBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 顺序不符等 / refused, e.g. COMMISSIONING.OUT_OF_ORDER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordMilestoneController_capacity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 项目标识 / project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FullCapacityBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 顺序不符等 / refused, e.g. COMMISSIONING.OUT_OF_ORDER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordMilestoneController_full: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 项目标识 / project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartedOnBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 顺序不符等 / refused, e.g. COMMISSIONING.OUT_OF_ORDER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportMonthController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 填报月份 / the month, YYYY-MM */
                month: string;
                /** @description 项目标识 / project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportMonthBody"];
            };
        };
        responses: {
            /** @description 已填报 / reported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 如 COMMISSIONING.MONTH_IN_FUTURE、COMMISSIONING.NOT_PRODUCING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordMilestoneController_partial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 项目标识 / project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartialProductionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 顺序不符等 / refused, e.g. COMMISSIONING.OUT_OF_ORDER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordStatisticsEntryController_enter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 项目标识 / project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatisticsEntryBody"];
            };
        };
        responses: {
            /** @description 已纳统 / entered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                        revision?: number;
                    };
                };
            };
            /** @description 如 COMMISSIONING.BELOW_THRESHOLD、COMMISSIONING.ALREADY_ENTERED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordMilestoneController_trial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 项目标识 / project id */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartedOnBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 顺序不符等 / refused, e.g. COMMISSIONING.OUT_OF_ORDER */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FiguresController_project: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals?: {
                            code?: string;
                            countedTo?: string;
                            limitDays?: number;
                            name?: string;
                            overLimitDays?: number;
                            pausedDays?: number;
                            startedOn?: string;
                            withinLimit?: boolean;
                            workingDays?: number;
                        }[];
                        asOf?: string;
                        commitments?: {
                            actual?: number;
                            committed?: number;
                            figure?: string;
                            met?: boolean;
                            shortfall?: number;
                        }[];
                        construction?: {
                            startToToppedOutDays?: number;
                        };
                        deferredMaterials?: {
                            itemCode?: string;
                            materialCode?: string;
                            outcome?: string;
                            promisedOn?: string;
                            suppliedOn?: string;
                        }[];
                        projectId?: string;
                        registration?: {
                            items?: {
                                code?: string;
                                grantedOn?: string;
                                workingDays?: number;
                            }[];
                            onSigningDay?: boolean;
                            signedOn?: string;
                        };
                        stage?: string;
                        startOfWork?: {
                            constructionPermitOn?: string;
                            deliveryToStartDays?: number;
                            landDeliveredOn?: string;
                            startedOn?: string;
                        };
                    };
                };
            };
        };
    };
    HistoryController_history: {
        parameters: {
            query?: {
                /** @description 操作人 / actor id */
                actor?: string;
                /** @description 截至该时刻已记录的内容 / what had been recorded by this instant */
                asOf?: string;
                /** @description 业务时间起 / business time from */
                from?: string;
                limit?: number;
                offset?: number;
                /** @description 排序 / order by business or record time */
                order?: "business" | "recorded";
                /** @description 服务，逗号分隔 / services, comma-separated */
                service?: string;
                /** @description 业务时间止 / business time to */
                to?: string;
                /** @description 事件类型，逗号分隔 / event types */
                type?: string;
                /** @description 截至该业务日期已发生的事实 / what had happened by this business date */
                validAt?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in business order with both times, actor, reason and descriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HistoryController_export: {
        parameters: {
            query?: {
                /** @description 操作人 / actor id */
                actor?: string;
                /** @description 截至该时刻已记录的内容 / what had been recorded by this instant */
                asOf?: string;
                /** @description 导出格式 / export format */
                format?: "csv" | "json";
                /** @description 业务时间起 / business time from */
                from?: string;
                limit?: number;
                offset?: number;
                /** @description 排序 / order by business or record time */
                order?: "business" | "recorded";
                /** @description 服务，逗号分隔 / services, comma-separated */
                service?: string;
                /** @description 业务时间止 / business time to */
                to?: string;
                /** @description 事件类型，逗号分隔 / event types */
                type?: string;
                /** @description 截至该业务日期已发生的事实 / what had happened by this business date */
                validAt?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    IntegrityController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StateController_state: {
        parameters: {
            query?: {
                /** @description 截至该时刻系统所知 / what the system knew at this instant */
                asOf?: string;
                /** @description 截至该业务日期的项目状况 / what the project looked like on this business date */
                validAt?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvals?: {
                            code?: string;
                            grantedOn?: string;
                            limitDays?: number;
                            name?: string;
                            status?: string;
                        }[];
                        commitments?: {
                            jobs?: number;
                            taxPerMu?: number;
                            totalInvestment?: number;
                        };
                        construction?: {
                            constructionPermitOn?: string;
                            landDeliveredOn?: string;
                            milestones?: unknown[];
                            startedOn?: string;
                        };
                        land?: {
                            certificate?: {
                                grantedOn?: string;
                            };
                            deliveredOn?: string;
                            parcelCode?: string;
                        };
                        production?: {
                            reports?: unknown[];
                            stage?: string;
                        };
                        project?: {
                            enterpriseName?: string;
                            parkId?: string;
                            projectName?: string;
                            signedOn?: string;
                        };
                        projectId?: string;
                        stage?: string;
                        validAt?: string;
                    };
                };
            };
        };
    };
    QualifiedLeadsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: {
                            companyName?: string;
                            industry?: {
                                division?: string;
                                section?: string;
                            };
                            leadId?: string;
                            parkId?: string;
                            qualifiedOn?: string;
                        }[];
                    };
                };
            };
        };
    };
    SessionController_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt?: string;
                        mustChangePassword?: boolean;
                        parks?: string[];
                        role?: string;
                        roles?: string[];
                        user?: {
                            displayName?: string;
                            id?: string;
                            username?: string;
                        };
                    };
                };
            };
        };
    };
    SessionController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt?: string;
                        mustChangePassword?: boolean;
                        parks?: string[];
                        role?: string;
                        roles?: string[];
                        user?: {
                            displayName?: string;
                            id?: string;
                            username?: string;
                        };
                    };
                };
            };
        };
    };
    SessionController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OidcController_callback: {
        parameters: {
            query?: {
                code?: string;
                error?: string;
                error_description?: string;
                /** @description RFC 9207 issuer identification */
                iss?: string;
                session_state?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to / or to the returnTo that was asked for */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OidcController_login: {
        parameters: {
            query?: {
                /** @description 登录后返回的页面（仅限本站路径）/ where to go afterwards, a path of this site */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the identity provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SessionController_options: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        oidc?: {
                            label?: string;
                            loginUrl?: string;
                        };
                        password?: boolean;
                    };
                };
            };
        };
    };
    SessionController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SessionController_routes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        routes?: {
                            method?: string;
                            parkScope?: string;
                            path?: string;
                            roles?: string[];
                        }[];
                    };
                };
            };
        };
    };
    SessionController_switchRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt?: string;
                        mustChangePassword?: boolean;
                        parks?: string[];
                        role?: string;
                        roles?: string[];
                        user?: {
                            displayName?: string;
                            id?: string;
                            username?: string;
                        };
                    };
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All engines answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description At least one engine does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

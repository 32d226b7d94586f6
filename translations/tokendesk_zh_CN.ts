<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Manage npm access tokens.</source>
        <translation>管理 npm 访问令牌。</translation>
    </message>
    <message>
        <source>Registry offered first when you sign in (for example the sandbox).</source>
        <translation>登录时首先提供的注册表（例如沙盒）。</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>启动到托盘，不显示窗口。</translation>
    </message>
    <message>
        <source>%1 A second launch will open another window.</source>
        <translation>%1 再次启动将打开另一个窗口。</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run TokenDesk in a desktop session, or use tokendesk-cli.</source>
        <translation>未找到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）；请在桌面会话中运行 TokenDesk，或使用 tokendesk-cli。</translation>
    </message>
</context>
<context>
    <name>td::AboutBox</name>
    <message>
        <source>About TokenDesk</source>
        <translation>关于 TokenDesk</translation>
    </message>
    <message>
        <source>Keeps your npm access tokens in view: expiry, rotation and trusted publishing.</source>
        <translation>随时掌握您的 npm 访问令牌：有效期、轮换和可信发布。</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. No warranty.</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或更高版本。不提供任何担保。</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
</context>
<context>
    <name>td::Account</name>
    <message>
        <source>signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>会话已结束</translation>
    </message>
    <message>
        <source>session ends in %1 min</source>
        <translation>会话将在 %1 分钟后结束</translation>
    </message>
    <message>
        <source>session ends in %1 h %2 min</source>
        <translation>会话将在 %1 小时 %2 分钟后结束</translation>
    </message>
</context>
<context>
    <name>td::AccountActions</name>
    <message>
        <source>%1 was not signed out: %2</source>
        <translation>未能退出 %1 的登录：%2</translation>
    </message>
    <message>
        <source>Signed out of %1. The cached token list stays; sign in again to manage tokens.</source>
        <translation>已退出 %1 的登录。缓存的令牌列表会保留；要管理令牌，请重新登录。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Remove %1 from TokenDesk?</source>
        <translation>要从 TokenDesk 中移除 %1 吗？</translation>
    </message>
    <message>
        <source>TokenDesk signs out, then forgets the account and its cached token list on this computer. The tokens stay on npm and their secrets stay in your keychain; revoke them on npm if you no longer need them.</source>
        <translation>TokenDesk 会先退出登录，然后在此计算机上忘记该账户及其缓存的令牌列表。令牌仍保留在 npm 上，其机密值仍保留在您的密钥环中；如果不再需要这些令牌，请在 npm 上将其撤销。</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>移除账户(&amp;R)</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>未能移除 %1：%2</translation>
    </message>
    <message>
        <source>%1 was removed from TokenDesk.</source>
        <translation>已从 TokenDesk 中移除 %1。</translation>
    </message>
    <message>
        <source>The token expiry of %1 was not saved: %2</source>
        <translation>未能保存 %1 的令牌有效期：%2</translation>
    </message>
</context>
<context>
    <name>td::AccountFlowPresenter</name>
    <message>
        <source>Sign in to your npm account to see its tokens, or try TokenDesk first on a practice registry with demo tokens.</source>
        <translation>登录您的 npm 账户以查看其令牌，或先在带有演示令牌的练习注册表上试用 TokenDesk。</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>您的会话已结束。</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
</context>
<context>
    <name>td::AccountListModel</name>
    <message>
        <source>this registry does not report expiry</source>
        <translation>此注册表不报告有效期</translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>Practice registry (local, not npm)</source>
        <translation>练习注册表（本地，不是 npm）</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4</source>
        <translation>%2（%3）上的 %1：%4</translation>
    </message>
</context>
<context>
    <name>td::AccountStore</name>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation>账户列表 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>Move the file aside and sign in again.</source>
        <translation>请将该文件移到别处，然后重新登录。</translation>
    </message>
</context>
<context>
    <name>td::Application</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>您的会话已结束。</translation>
    </message>
    <message>
        <source>Sign in to an npm account to migrate its tokens.</source>
        <translation>登录 npm 账户以迁移其令牌。</translation>
    </message>
    <message>
        <source>%1 Sign in as %2 to refresh the list and manage tokens; the cached list keeps counting down meanwhile.</source>
        <translation>%1 以 %2 身份登录即可刷新列表并管理令牌；在此期间，缓存的列表仍会继续倒计时。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 is staged and waits for your approval</source>
        <translation>%1 %2 已暂存，正在等待您的批准</translation>
    </message>
    <message>
        <source>No web browser could be opened. The documentation is at %1</source>
        <translation>无法打开网页浏览器。文档位于 %1</translation>
    </message>
</context>
<context>
    <name>td::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>td::AuthenticatePage</name>
    <message>
        <source>Confirm it is you</source>
        <translation>确认是您本人</translation>
    </message>
    <message>
        <source>npm asks for your password and a second factor to create a token. TokenDesk never stores your password.</source>
        <translation>创建令牌时，npm 要求提供您的密码和第二重验证。TokenDesk 从不保存您的密码。</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>创建令牌(&amp;C)</translation>
    </message>
    <message>
        <source>npm account password</source>
        <translation>npm 账户密码</translation>
    </message>
    <message>
        <source>Code from my &amp;authenticator app</source>
        <translation>使用身份验证器应用中的验证码(&amp;A)</translation>
    </message>
    <message>
        <source>Use a code from an authenticator app</source>
        <translation>使用身份验证器应用中的验证码</translation>
    </message>
    <message>
        <source>Approve in the browser</source>
        <translation>在浏览器中批准</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>停止等待(&amp;S)</translation>
    </message>
    <message>
        <source>Stop waiting for the approval</source>
        <translation>停止等待批准</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>npm asks for a one-time code: enter the code from your authenticator app and press Create token.</source>
        <translation>npm 要求提供一次性验证码：请输入身份验证器应用中的验证码，然后按“创建令牌”。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. To revoke token &apos;%1&apos;, whose secret never arrived, npm asks for a one-time code: enter a new code and press Create token.</source>
        <translation>注册表的响应丢失了。为撤销其机密值从未送达的令牌“%1”，npm 要求提供一次性验证码：请输入新的验证码，然后按“创建令牌”。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. Checking whether token &apos;%1&apos; was created, to revoke it…</source>
        <translation>注册表的响应丢失了。正在检查令牌“%1”是否已创建，以便将其撤销…</translation>
    </message>
    <message>
        <source>Approve the request in your browser. If no browser opened, visit:
%1</source>
        <translation>请在浏览器中批准该请求。如果浏览器没有打开，请访问：
%1</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>正在检查验证码…</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>正在创建令牌…</translation>
    </message>
    <message>
        <source>The token was created.</source>
        <translation>令牌已创建。</translation>
    </message>
    <message>
        <source>Approve in my b&amp;rowser (security key or passkey)</source>
        <translation>在浏览器中批准（安全密钥或通行密钥）(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>验证码(&amp;D)：</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve the request there:
%1</source>
        <translation>无法打开网页浏览器。请在浏览器中打开以下地址并在那里批准请求：
%1</translation>
    </message>
</context>
<context>
    <name>td::Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>td::BatchTwoFactorPrompt</name>
    <message>
        <source>A one-time password is needed.</source>
        <translation>需要一次性密码。</translation>
    </message>
</context>
<context>
    <name>td::BootstrapRunner</name>
    <message>
        <source>No one-time password can be asked for here.</source>
        <translation>此处无法询问一次性密码。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Created; it expires in one day.</source>
        <translation>已创建；有效期为一天。</translation>
    </message>
    <message>
        <source>Published: %1.</source>
        <translation>已发布：%1。</translation>
    </message>
    <message>
        <source>Publishing %1 (%2 of %3)…</source>
        <translation>正在发布 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>npm publish of %1 asks for a one-time password.</source>
        <translation>%1 的 npm publish 要求提供一次性密码。</translation>
    </message>
    <message>
        <source>npm publish needs a one-time password here. If you approve with a security key only, choose &quot;I will publish once by hand&quot;: npm publish in a terminal opens the browser for you.</source>
        <translation>此处的 npm publish 需要一次性密码。如果您只用安全密钥批准，请选择“我将手动发布一次”：在终端中运行 npm publish 会为您打开浏览器。</translation>
    </message>
    <message>
        <source>npm could not be started; is Node.js installed?</source>
        <translation>无法启动 npm；是否已安装 Node.js？</translation>
    </message>
    <message>
        <source>npm publish of %1 failed: %2</source>
        <translation>%1 的 npm publish 失败：%2</translation>
    </message>
    <message>
        <source>Configured and verified for %1.</source>
        <translation>已为 %1 配置并验证。</translation>
    </message>
    <message>
        <source>No token was created.</source>
        <translation>未创建令牌。</translation>
    </message>
    <message>
        <source>Revoking failed (%1). Revoke the token &quot;%2&quot; on the registry&apos;s Access Tokens page now.</source>
        <translation>撤销失败（%1）。请立即在注册表的 Access Tokens 页面上撤销令牌“%2”。</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>%1 published, trusted publishing configured, the token revoked.</source>
        <translation>%1 已发布，可信发布已配置，令牌已撤销。</translation>
    </message>
</context>
<context>
    <name>td::CiChecks</name>
    <message>
        <source>Job &quot;%1&quot; does not choose a Node version, so it gets the runner&apos;s default, which may be older than Node %2 that trusted publishing needs.</source>
        <translation>作业“%1”未指定 Node 版本，因此会使用运行器的默认版本，它可能低于可信发布所需的 Node %2。</translation>
    </message>
    <message>
        <source>Set up Node 24 explicitly (for example actions/setup-node with node-version: 24).</source>
        <translation>请显式设置 Node 24（例如使用 actions/setup-node 并设置 node-version: 24）。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; uses Node %2; trusted publishing needs Node %3 or newer.</source>
        <translation>作业“%1”使用 Node %2；可信发布需要 Node %3 或更高版本。</translation>
    </message>
    <message>
        <source>Use Node 24 for the publish job.</source>
        <translation>请在发布作业中使用 Node 24。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; installs npm %2; trusted publishing needs npm %3 or newer.</source>
        <translation>作业“%1”安装的是 npm %2；可信发布需要 npm %3 或更高版本。</translation>
    </message>
    <message>
        <source>Install a recent npm before publishing: %1</source>
        <translation>请在发布前安装较新的 npm：%1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version (%2), which may be older than npm %3.</source>
        <translation>作业“%1”使用其 Node 版本附带的 npm（%2）发布，它可能低于 npm %3。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Add a step before publishing: %1</source>
        <translation>请在发布前添加一个步骤：%1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version, which is older than npm %2 (Node 20 and 22 bundle npm 10).</source>
        <translation>作业“%1”使用其 Node 版本附带的 npm 发布，它低于 npm %2（Node 20 和 22 附带 npm 10）。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with Yarn, which does not perform npm&apos;s OIDC exchange; the publish fails with &quot;No authentication configured&quot;.</source>
        <translation>作业“%1”使用 Yarn 发布，而 Yarn 不执行 npm 的 OIDC 交换；发布会因 &quot;No authentication configured&quot; 而失败。</translation>
    </message>
    <message>
        <source>Build the tarball with Yarn if you like (yarn pack), but publish it with npm: npm publish package.tgz</source>
        <translation>可以用 Yarn 构建 tarball（yarn pack），但请用 npm 发布：npm publish package.tgz</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with pnpm. Only pnpm versions with trusted-publishing support perform the OIDC exchange (pnpm/pnpm#9812); older ones fall back to a token and fail with E404 or ENEEDAUTH.</source>
        <translation>作业“%1”使用 pnpm 发布。只有支持可信发布的 pnpm 版本才会执行 OIDC 交换（pnpm/pnpm#9812）；较旧的版本会回退到令牌，并以 E404 或 ENEEDAUTH 失败。</translation>
    </message>
    <message>
        <source>Use a pnpm version that supports trusted publishing, or publish the packed tarball with npm publish.</source>
        <translation>请使用支持可信发布的 pnpm 版本，或用 npm publish 发布打包好的 tarball。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with %2; trusted publishing needs %3 or newer.</source>
        <translation>作业“%1”使用 %2 发布；可信发布需要 %3 或更高版本。</translation>
    </message>
    <message>
        <source>Check that the version you run is at least %1.</source>
        <translation>请确认您运行的版本至少为 %1。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs %2 %3, which does not support trusted publishing; %4 or newer is needed.</source>
        <translation>作业“%1”运行 %2 %3，它不支持可信发布；需要 %4 或更高版本。</translation>
    </message>
    <message>
        <source>Upgrade to %1.</source>
        <translation>请升级到 %1。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs on &quot;%2&quot;. npm accepts trusted publishing only from cloud runners (GitHub-hosted, GitLab.com shared, CircleCI cloud); provenance fails with E422 and the OIDC exchange is refused.</source>
        <translation>作业“%1”在“%2”上运行。npm 只接受来自云运行器（GitHub 托管、GitLab.com 共享、CircleCI 云）的可信发布；来源证明会以 E422 失败，OIDC 交换会被拒绝。</translation>
    </message>
    <message>
        <source>Move only the publish job to a cloud-hosted runner (for example runs-on: ubuntu-latest).</source>
        <translation>请仅将发布作业移到云托管的运行器上（例如 runs-on: ubuntu-latest）。</translation>
    </message>
    <message>
        <source>%1 still passes a long-lived npm token to job &quot;%2&quot;. When a token is configured npm uses it instead of trusted publishing, and it will expire or stop publishing.</source>
        <translation>%1 仍在向作业“%2”传递长期有效的 npm 令牌。配置了令牌时，npm 会使用它而不是可信发布，而该令牌终将过期或无法再发布。</translation>
    </message>
    <message>
        <source>Remove %1 from the publish job, and delete the secret once a release has gone through trusted publishing.</source>
        <translation>请从发布作业中删除 %1，并在通过可信发布完成一次发布后删除该机密。</translation>
    </message>
</context>
<context>
    <name>td::CiClientPushBackend</name>
    <message>
        <source>Not signed in to %1 for %2: tokendesk-cli ci login %3</source>
        <translation>未登录 %1（%2）：tokendesk-cli ci login %3</translation>
    </message>
    <message>
        <source>This build cannot update %1 secrets yet.</source>
        <translation>此版本尚无法更新 %1 机密。</translation>
    </message>
</context>
<context>
    <name>td::CiConnectDialog</name>
    <message>
        <source>A fine-grained token with &quot;Secrets: read and write&quot; (and &quot;Environments&quot; for environment secrets), or a classic token with &quot;repo&quot; (&quot;admin:org&quot; for organization secrets).</source>
        <translation>具有“Secrets: read and write”权限（环境机密还需“Environments”）的细粒度令牌，或具有“repo”范围（组织机密需“admin:org”）的经典令牌。</translation>
    </message>
    <message>
        <source>A personal access token with the &quot;api&quot; scope; you need the Maintainer role on the projects (Owner on groups).</source>
        <translation>具有“api”范围的个人访问令牌；您需要在项目上拥有 Maintainer 角色（在群组上为 Owner）。</translation>
    </message>
    <message>
        <source>A personal API token (CircleCI → User Settings → Personal API Tokens); project tokens do not work.</source>
        <translation>个人 API 令牌（CircleCI → User Settings → Personal API Tokens）；项目令牌无效。</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>TokenDesk uses this sign-in to put rotated npm tokens into your %1 secrets. It is kept in your keychain.</source>
        <translation>TokenDesk 使用此登录将轮换后的 npm 令牌写入您的 %1 机密。登录信息保存在您的密钥环中。</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (a one-time code)</source>
        <translation>使用浏览器登录（一次性验证码）(&amp;B)</translation>
    </message>
    <message>
        <source>Use the GitHub C&amp;LI&apos;s sign-in (gh auth token)</source>
        <translation>使用 GitHub CLI 的登录（gh auth token）(&amp;L)</translation>
    </message>
    <message>
        <source>Its usual scopes cover repository and environment secrets; for organization secrets run &quot;gh auth refresh -s admin:org&quot; first.</source>
        <translation>其常用范围涵盖仓库机密和环境机密；如需组织机密，请先运行“gh auth refresh -s admin:org”。</translation>
    </message>
    <message>
        <source>&amp;Paste a token</source>
        <translation>粘贴令牌(&amp;P)</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>%1 令牌</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Enter this code on the page that opens:</source>
        <translation>请在打开的页面中输入此验证码：</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>复制验证码(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>打开登录页面(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>高级(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Host of your repositories:</source>
        <translation>仓库所在主机(&amp;H)：</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>打开 %1(&amp;O)</translation>
    </message>
    <message>
        <source>Connected: %1 as %2 on %3.</source>
        <translation>已连接：以 %2 身份登录 %1（%3）。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>td::CiConnectFlow</name>
    <message>
        <source>Check that you pasted the whole token, or create a new one.</source>
        <translation>请检查您是否粘贴了完整的令牌，或创建一个新令牌。</translation>
    </message>
    <message>
        <source>Start again and choose Authorize if you meant to connect.</source>
        <translation>如果您本想连接，请重新开始并选择“Authorize”。</translation>
    </message>
    <message>
        <source>Start again for a new code.</source>
        <translation>请重新开始以获取新验证码。</translation>
    </message>
    <message>
        <source>Paste the %1 token first.</source>
        <translation>请先粘贴 %1 令牌。</translation>
    </message>
    <message>
        <source>The GitHub CLI is not available here.</source>
        <translation>此处无法使用 GitHub CLI。</translation>
    </message>
    <message>
        <source>Asking the GitHub CLI for its sign-in…</source>
        <translation>正在向 GitHub CLI 获取其登录信息…</translation>
    </message>
    <message>
        <source>%1 offers no browser sign-in here: paste a token instead.</source>
        <translation>%1 在此处不支持浏览器登录：请改为粘贴令牌。</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>正在向 %1 请求登录验证码…</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code on %1…</source>
        <translation>正在等待您在 %1 上输入验证码…</translation>
    </message>
    <message>
        <source>Checking who the credential belongs to…</source>
        <translation>正在检查凭据所属的账户…</translation>
    </message>
    <message>
        <source>TokenDesk cannot talk to %1 yet: this build has no client for it.</source>
        <translation>TokenDesk 尚无法与 %1 通信：此版本没有相应的客户端。</translation>
    </message>
    <message>
        <source>Saving the credential in your keychain…</source>
        <translation>正在将凭据保存到您的密钥环…</translation>
    </message>
</context>
<context>
    <name>td::CiCredentialStore</name>
    <message>
        <source>The list of CI sign-ins %1 is damaged; remove it and sign in again with &apos;tokendesk-cli ci login&apos;.</source>
        <translation>CI 登录列表 %1 已损坏；请将其移除，然后使用“tokendesk-cli ci login”重新登录。</translation>
    </message>
    <message>
        <source>The keychain did not take the %1 credential: %2</source>
        <translation>密钥环未接受 %1 凭据：%2</translation>
    </message>
    <message>
        <source>The %1 sign-in is no longer in the keychain; sign in again: tokendesk-cli ci login %2</source>
        <translation>%1 登录已不在密钥环中；请重新登录：tokendesk-cli ci login %2</translation>
    </message>
</context>
<context>
    <name>td::CiDeviceFlow</name>
    <message>
        <source>Use %1 --from-gh (the GitHub CLI&apos;s sign-in) or --with-token (a pasted token).</source>
        <translation>请使用 %1 --from-gh（GitHub CLI 的登录）或 --with-token（粘贴的令牌）。</translation>
    </message>
    <message>
        <source>Use %1 --with-token (a pasted token).</source>
        <translation>请使用 %1 --with-token（粘贴的令牌）。</translation>
    </message>
    <message>
        <source>This build has no GitHub OAuth app, so it cannot sign in to GitHub in the browser.</source>
        <translation>此版本没有 GitHub OAuth 应用，因此无法在浏览器中登录 GitHub。</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in request could not be read.</source>
        <translation>无法读取 %1 对登录请求的应答。</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>请检查 API 地址；如果地址正确，请稍后重试。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in could not be read.</source>
        <translation>无法读取 %1 对登录的应答。</translation>
    </message>
    <message>
        <source>Run %1 again.</source>
        <translation>请再次运行 %1。</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved on %1.</source>
        <translation>登录验证码在 %1 上获得批准之前已过期。</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 again and approve the new code within %n minute(s).</source>
        <translation>
            <numerusform>请再次运行 %1，并在 %n 分钟内批准新的验证码。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was denied on %1.</source>
        <translation>登录在 %1 上被拒绝。</translation>
    </message>
    <message>
        <source>Run %1 again and choose Authorize if you meant to connect.</source>
        <translation>如果您本想连接，请再次运行 %1 并选择“Authorize”。</translation>
    </message>
    <message>
        <source>%1 has the device sign-in turned off for TokenDesk&apos;s app.</source>
        <translation>%1 已对 TokenDesk 的应用关闭设备登录。</translation>
    </message>
    <message>
        <source>%1 does not know this build&apos;s OAuth app (%2).</source>
        <translation>%1 不认识此版本的 OAuth 应用（%2）。</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;.</source>
        <translation>%1 以“%2”结束了登录。</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;: %3.</source>
        <translation>%1 以“%2”结束了登录：%3。</translation>
    </message>
</context>
<context>
    <name>td::CiHttp</name>
    <message>
        <source>Secrets</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Organization secrets</source>
        <translation>组织机密</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>%1 read and write</source>
        <translation>%1 读写</translation>
    </message>
    <message>
        <source>%1 read-only</source>
        <translation>%1 只读</translation>
    </message>
    <message>
        <source>The GitHub token lacks the permission %1; grant it (fine-grained token: %2) or run %3 again.</source>
        <translation>GitHub 令牌缺少权限 %1；请授予该权限（细粒度令牌：%2）或再次运行 %3。</translation>
    </message>
    <message>
        <source>A classic token needs the repo scope (organization secrets also admin:org).</source>
        <translation>经典令牌需要 repo 范围（组织机密还需要 admin:org）。</translation>
    </message>
    <message>
        <source>The GitHub sign-in lacks the scope %1.</source>
        <translation>GitHub 登录缺少范围 %1。</translation>
    </message>
    <message>
        <source>Run gh auth refresh -s %1 if it came from the GitHub CLI, or run %2 again.</source>
        <translation>如果它来自 GitHub CLI，请运行 gh auth refresh -s %1，或再次运行 %2。</translation>
    </message>
    <message>
        <source>GitHub refused the request (403 Forbidden).</source>
        <translation>GitHub 拒绝了请求（403 Forbidden）。</translation>
    </message>
    <message>
        <source>GitHub refused the request: %1</source>
        <translation>GitHub 拒绝了请求：%1</translation>
    </message>
    <message>
        <source>Check that the token may write Actions secrets there, or run %1 again.</source>
        <translation>请检查该令牌是否可以在那里写入 Actions 机密，或再次运行 %1。</translation>
    </message>
    <message>
        <source>Grant %1, or run %2 again.</source>
        <translation>请授予 %1，或再次运行 %2。</translation>
    </message>
    <message>
        <source>TokenDesk has no network access set up for %1.</source>
        <translation>TokenDesk 未设置对 %1 的网络访问。</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (it expired or was revoked).</source>
        <translation>%1 未接受该登录（已过期或已被撤销）。</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>请重新登录：%1</translation>
    </message>
    <message>
        <source>%1 refused the request (403 Forbidden).</source>
        <translation>%1 拒绝了请求（403 Forbidden）。</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 拒绝了请求：%2</translation>
    </message>
    <message>
        <source>Check the credential&apos;s permissions, or run %1 again.</source>
        <translation>请检查凭据的权限，或再次运行 %1。</translation>
    </message>
    <message>
        <source>%1 at %2 found nothing at that address.</source>
        <translation>%2 上的 %1 在该地址下未找到任何内容。</translation>
    </message>
    <message>
        <source>%1 at %2 has no %3, or the credential cannot see it.</source>
        <translation>%2 上的 %1 没有 %3，或者凭据无法看到它。</translation>
    </message>
    <message>
        <source>Check the name, and that the signed-in account has access to it (%1 shows who is signed in).</source>
        <translation>请检查名称，并确认已登录的账户有权访问它（%1 会显示当前登录的账户）。</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid (%2).</source>
        <translation>%1 以请求无效为由拒绝了请求（%2）。</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid: %2</source>
        <translation>%1 以请求无效为由拒绝了请求：%2</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it with this message.</source>
        <translation>请重试；如果问题仍然存在，请附上此消息进行报告。</translation>
    </message>
    <message>
        <source>%1 is limiting requests from this account.</source>
        <translation>%1 正在限制来自此账户的请求。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>请等待几分钟后重试。</translation>
    </message>
    <message>
        <source>%1 reported a conflict.</source>
        <translation>%1 报告了冲突。</translation>
    </message>
    <message>
        <source>%1 reported a conflict: %2</source>
        <translation>%1 报告了冲突：%2</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>%1 at %2 failed with HTTP %3.</source>
        <translation>%2 上的 %1 失败，HTTP %3。</translation>
    </message>
    <message>
        <source>Try again later; the service may be having trouble.</source>
        <translation>请稍后重试；该服务可能出现了问题。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回了 HTTP %2：%3</translation>
    </message>
</context>
<context>
    <name>td::CiLogDiagnoser</name>
    <message>
        <source>No known cause found in this log. Run the publish again with --loglevel verbose and paste the whole log: npm prints the details of trusted publishing only at that level.</source>
        <translation>在此日志中未找到已知原因。请使用 --loglevel verbose 重新运行发布，并粘贴完整日志：npm 只在该级别输出可信发布的详细信息。</translation>
    </message>
</context>
<context>
    <name>td::CiSeal</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>无法启动加密库（libsodium）。</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk; if it persists, report it.</source>
        <translation>请重新安装 TokenDesk；如果问题仍然存在，请报告。</translation>
    </message>
    <message>
        <source>GitHub&apos;s public key for this secret store is not a %1-byte key (got %2 bytes); TokenDesk did not send the secret.</source>
        <translation>GitHub 为此机密存储提供的公钥不是 %1 字节的密钥（收到 %2 字节）；TokenDesk 未发送该机密。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the API address.</source>
        <translation>请重试；如果问题仍然存在，请检查 API 地址。</translation>
    </message>
    <message>
        <source>Sealing the secret for GitHub failed.</source>
        <translation>为 GitHub 加密机密失败。</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it.</source>
        <translation>请重试；如果问题仍然存在，请报告。</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLedger</name>
    <message>
        <source>The record of CI secret updates %1 is damaged; remove it (TokenDesk only loses which token each GitHub secret holds).</source>
        <translation>CI 机密更新记录 %1 已损坏；请将其移除（TokenDesk 只会丢失每个 GitHub 机密存放的是哪个令牌的信息）。</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLines</name>
    <message>
        <source>%1 — could not be checked: %2</source>
        <translation>%1 — 无法检查：%2</translation>
    </message>
    <message>
        <source>no client for %1</source>
        <translation>没有适用于 %1 的客户端</translation>
    </message>
</context>
<context>
    <name>td::CiSecretTarget</name>
    <message>
        <source>secret %1 in %2</source>
        <translation>%2 中的机密 %1</translation>
    </message>
    <message>
        <source>secret %1 of environment %2 in %3</source>
        <translation>%3 中环境 %2 的机密 %1</translation>
    </message>
    <message>
        <source>organization secret %1 of %2</source>
        <translation>%2 的组织机密 %1</translation>
    </message>
    <message>
        <source>variable %1 in GitLab project %2</source>
        <translation>GitLab 项目 %2 中的变量 %1</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab project %3</source>
        <translation>GitLab 项目 %3 中的变量 %1（环境 %2）</translation>
    </message>
    <message>
        <source>variable %1 in GitLab group %2</source>
        <translation>GitLab 群组 %2 中的变量 %1</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab group %3</source>
        <translation>GitLab 群组 %3 中的变量 %1（环境 %2）</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI project %2</source>
        <translation>CircleCI 项目 %2 中的变量 %1</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI context %2</source>
        <translation>CircleCI 上下文 %2 中的变量 %1</translation>
    </message>
</context>
<context>
    <name>td::CiServicesPage</name>
    <message>
        <source>When you rotate a token, TokenDesk puts the new one into the CI secrets that hold it, checks it arrived, and only then revokes the old one. Connected services:</source>
        <translation>轮换令牌时，TokenDesk 会将新令牌写入存放该令牌的 CI 机密，确认写入成功后才撤销旧令牌。已连接的服务：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <source>Connected CI services</source>
        <translation>已连接的 CI 服务</translation>
    </message>
    <message>
        <source>No CI service connected: rotations ask you to update CI secrets yourself.</source>
        <translation>未连接任何 CI 服务：轮换时会提示您自行更新 CI 机密。</translation>
    </message>
    <message>
        <source>Connect Git&amp;Hub…</source>
        <translation>连接 GitHub(&amp;H)…</translation>
    </message>
    <message>
        <source>Connect Git&amp;Lab…</source>
        <translation>连接 GitLab(&amp;L)…</translation>
    </message>
    <message>
        <source>Connect Ci&amp;rcleCI…</source>
        <translation>连接 CircleCI(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2</source>
        <translation>移除 %2 的 %1 登录</translation>
    </message>
    <message>
        <source>Remove CI sign-in</source>
        <translation>移除 CI 登录</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2 on %3? TokenDesk deletes it from your keychain; rotations then ask you to update these CI secrets yourself.</source>
        <translation>要移除 %2 在 %3 上的 %1 登录吗？TokenDesk 会将其从您的密钥环中删除；之后轮换时会提示您自行更新这些 CI 机密。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>td::CiTargetDiscovery</name>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
</context>
<context>
    <name>td::CiTexts</name>
    <message>
        <source>updated just now</source>
        <translation>刚刚更新</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前更新</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not connected: connect %2 to update it automatically</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 a service (&quot;GitHub&quot;)</extracomment>
        <translation>%1 — 未连接：连接 %2 即可自动更新</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — 正在检查…</translation>
    </message>
    <message>
        <source>%1 — not found in %2</source>
        <translation>%1 — 在 %2 中未找到</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 &quot;updated 41 days ago&quot;</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>正在撤销旧令牌…</translation>
    </message>
    <message>
        <source>old token revoked in %1 s</source>
        <translation>旧令牌将在 %1 秒后撤销</translation>
    </message>
    <message>
        <source>old token revoked in %1 min %2 s</source>
        <extracomment>a countdown: &quot;old token revoked in 9 min 12 s&quot;</extracomment>
        <translation>旧令牌将在 %1 分 %2 秒后撤销</translation>
    </message>
</context>
<context>
    <name>td::CircleCiVariableClient</name>
    <message>
        <source>context %1 of %2</source>
        <translation>%2 的上下文 %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>CircleCI did not say who the token belongs to.</source>
        <translation>CircleCI 未说明该令牌属于谁。</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v2.</source>
        <translation>请检查 API 地址是否以 /api/v2 结尾。</translation>
    </message>
    <message>
        <source>CircleCI has no context named %1 in %2.</source>
        <translation>CircleCI 在 %2 中没有名为 %1 的上下文。</translation>
    </message>
    <message>
        <source>Check the context&apos;s name in the organization settings, and that the token&apos;s account belongs to %1.</source>
        <translation>请在组织设置中检查上下文的名称，并确认令牌所属的账户属于 %1。</translation>
    </message>
    <message>
        <source>CircleCI has no %1, or the token&apos;s account cannot see it.</source>
        <translation>CircleCI 上没有 %1，或者令牌所属的账户无法看到它。</translation>
    </message>
    <message>
        <source>Check the name, and that the project is followed in CircleCI.</source>
        <translation>请检查名称，并确认已在 CircleCI 中关注该项目。</translation>
    </message>
    <message>
        <source>CircleCI needs a personal API token (project tokens do not work on API v2)</source>
        <translation>CircleCI 需要个人 API 令牌（项目令牌不适用于 API v2）</translation>
    </message>
    <message>
        <source>Create one under User Settings → Personal API Tokens, then run tokendesk-cli ci login circleci.</source>
        <translation>请在 User Settings → Personal API Tokens 下创建一个，然后运行 tokendesk-cli ci login circleci。</translation>
    </message>
    <message>
        <source>CircleCI did not accept the token. %1.</source>
        <translation>CircleCI 未接受该令牌。%1。</translation>
    </message>
    <message>
        <source>CircleCI refused access to %1. %2, of an account that may change its environment variables.</source>
        <translation>CircleCI 拒绝访问 %1。%2，且该令牌所属的账户须有权更改其环境变量。</translation>
    </message>
    <message>
        <source>CircleCI refused the request. %1.</source>
        <translation>CircleCI 拒绝了请求。%1。</translation>
    </message>
</context>
<context>
    <name>td::ConfirmRevokePanel</name>
    <message>
        <source>copy it from the keychain with the Copy button</source>
        <translation>请使用“复制”按钮从密钥环中复制</translation>
    </message>
    <message>
        <source>%1 is still valid: update these places, then revoke it</source>
        <translation>%1 仍然有效：请更新以下位置，然后将其撤销</translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation>复制新令牌</translation>
    </message>
    <message>
        <source>I updated it — revoke the old token</source>
        <translation>已更新 — 撤销旧令牌</translation>
    </message>
    <message>
        <source>Revoke pending: %1</source>
        <translation>待撤销：%1</translation>
    </message>
    <message>
        <source>Its replacement works and is in use, but revoking the old token failed: %1. Retry when the registry answers again.</source>
        <translation>替换令牌可以正常工作并已在使用中，但撤销旧令牌失败：%1。请在注册表恢复响应后重试。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>td::Countdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>刚刚过期</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1前已过期</translation>
    </message>
</context>
<context>
    <name>td::CredentialFinding</name>
    <message>
        <source>token in plain text</source>
        <translation>明文令牌</translation>
    </message>
    <message>
        <source>user and password (_auth)</source>
        <translation>用户名和密码（_auth）</translation>
    </message>
    <message>
        <source>user and password (_password)</source>
        <translation>用户名和密码（_password）</translation>
    </message>
    <message>
        <source>reference to an environment variable</source>
        <translation>对环境变量的引用</translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Yarn npmAuthToken</source>
        <translation>Yarn npmAuthToken</translation>
    </message>
    <message>
        <source>Yarn npmAuthIdent</source>
        <translation>Yarn npmAuthIdent</translation>
    </message>
    <message>
        <source>CI secret</source>
        <translation>CI 机密</translation>
    </message>
    <message>
        <source>%1:%2 CI uses secret %3</source>
        <translation>%1:%2 CI 使用机密 %3</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>client certificate (certfile, keyfile)</source>
        <translation>客户端证书（certfile、keyfile）</translation>
    </message>
</context>
<context>
    <name>td::CredentialScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>td::DesktopNotifications</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
</context>
<context>
    <name>td::DiagnosePage</name>
    <message>
        <source>&amp;Diagnose</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Diagnose a CI publish</source>
        <translation>诊断 CI 发布</translation>
    </message>
    <message>
        <source>Paste the log of the failed CI job here.</source>
        <translation>请在此粘贴失败的 CI 作业的日志。</translation>
    </message>
    <message>
        <source>CI log</source>
        <translation>CI 日志</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能的原因</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>日志(&amp;L)：</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>（日志第 %1 行）</translation>
    </message>
</context>
<context>
    <name>td::DialogLauncher</name>
    <message>
        <source>Sign in to an npm account to create tokens.</source>
        <translation>登录 npm 账户以创建令牌。</translation>
    </message>
</context>
<context>
    <name>td::ExpiryNotice</name>
    <message>
        <source>npm token &apos;%1&apos; has expired</source>
        <translation>npm 令牌“%1”已过期</translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n day(s)</source>
        <translation>
            <numerusform>npm 令牌“%1”将在 %n 天后过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n hour(s)</source>
        <translation>
            <numerusform>npm 令牌“%1”将在 %n 小时后过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n minute(s)</source>
        <translation>
            <numerusform>npm 令牌“%1”将在 %n 分钟后过期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ExpiryPage</name>
    <message>
        <source>Expiry and IP ranges</source>
        <translation>有效期和 IP 范围</translation>
    </message>
    <message>
        <source>A shorter life limits the damage of a leaked token. TokenDesk reminds you before it expires.</source>
        <translation>有效期越短，令牌泄露造成的损害就越小。TokenDesk 会在令牌过期前提醒您。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Custom date:</source>
        <translation>自定义日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Custom expiry date</source>
        <translation>自定义到期日期</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>允许的 IP 范围</translation>
    </message>
    <message>
        <source>any address, or e.g. 192.0.2.0/24, 198.51.100.7/32</source>
        <translation>任意地址，或例如 192.0.2.0/24, 198.51.100.7/32</translation>
    </message>
    <message>
        <source>Allowed &amp;IP ranges (IPv4 CIDR):</source>
        <translation>允许的 IP 范围（IPv4 CIDR）(&amp;I)：</translation>
    </message>
    <message>
        <source>npm&apos;s rules: tokens that can write live %1 to %2 days (default %3); read-only tokens default to %4 days with no maximum.</source>
        <translation>npm 的规则：可写令牌的有效期为 %1 到 %2 天（默认 %3 天）；只读令牌默认 %4 天，没有上限。</translation>
    </message>
    <message>
        <source>This token can write.</source>
        <translation>此令牌可以写入。</translation>
    </message>
    <message>
        <source>This token is read-only.</source>
        <translation>此令牌为只读。</translation>
    </message>
    <message numerus="yes">
        <source>Expires %1 (in %n day(s)).</source>
        <translation>
            <numerusform>将于 %1 过期（%n 天后）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::GitHubCliToken</name>
    <message>
        <source>The GitHub CLI (gh) is not installed: install it and run &quot;gh auth login&quot;, or paste a token instead.</source>
        <translation>未安装 GitHub CLI（gh）：请安装后运行“gh auth login”，或改为粘贴令牌。</translation>
    </message>
    <message>
        <source>The GitHub CLI is not signed in to %1: run &quot;gh auth login --hostname %1&quot;, or paste a token instead.</source>
        <translation>GitHub CLI 未登录 %1：请运行“gh auth login --hostname %1”，或改为粘贴令牌。</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) could not be started: %1</source>
        <translation>无法启动 GitHub CLI（gh）：%1</translation>
    </message>
    <message>
        <source>The GitHub CLI did not answer within 20 seconds: paste a token instead.</source>
        <translation>GitHub CLI 未在 20 秒内应答：请改为粘贴令牌。</translation>
    </message>
</context>
<context>
    <name>td::GitHubSecretClient</name>
    <message>
        <source>environment %1 in the repository %2/%3</source>
        <translation>仓库 %2/%3 中的环境 %1</translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation>组织 %1</translation>
    </message>
    <message>
        <source>repository %1/%2</source>
        <translation>仓库 %1/%2</translation>
    </message>
    <message>
        <source>Organization secrets read and write (classic token: admin:org)</source>
        <translation>组织机密读写（经典令牌：admin:org）</translation>
    </message>
    <message>
        <source>Secrets read and write (classic token: repo)</source>
        <translation>机密读写（经典令牌：repo）</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about %1 could not be read.</source>
        <translation>无法读取 GitHub 关于 %1 的应答。</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>请检查 API 地址；如果地址正确，请稍后重试。</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>已登录的用户</translation>
    </message>
    <message>
        <source>%1 is not a GitHub secret.</source>
        <translation>%1 不是 GitHub 机密。</translation>
    </message>
    <message>
        <source>There is no value to push.</source>
        <translation>没有要推送的值。</translation>
    </message>
    <message>
        <source>the public key of the %1</source>
        <translation>%1 的公钥</translation>
    </message>
</context>
<context>
    <name>td::GitLabDeviceEndpoints</name>
    <message>
        <source>Signing in to GitLab in the browser needs the Application ID of an OAuth application on %1.</source>
        <translation>要在浏览器中登录 GitLab，需要 %1 上某个 OAuth 应用的 Application ID。</translation>
    </message>
    <message>
        <source>Paste a personal access token with scope api instead: tokendesk-cli ci login gitlab --with-token</source>
        <translation>请改为粘贴具有 api 范围的个人访问令牌：tokendesk-cli ci login gitlab --with-token</translation>
    </message>
</context>
<context>
    <name>td::GitLabVariableClient</name>
    <message>
        <source>group %1</source>
        <translation>群组 %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer about a CI/CD variable could not be read.</source>
        <translation>无法读取 GitLab 关于 CI/CD 变量的应答。</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v4.</source>
        <translation>请检查 API 地址是否以 /api/v4 结尾。</translation>
    </message>
    <message>
        <source>GitLab did not say who the token belongs to.</source>
        <translation>GitLab 未说明该令牌属于谁。</translation>
    </message>
    <message>
        <source>GitLab hides the value of %1, so it cannot be read back to check it.</source>
        <translation>GitLab 隐藏了 %1 的值，因此无法读回以进行检查。</translation>
    </message>
    <message>
        <source>Check the variable in the CI/CD settings yourself.</source>
        <translation>请自行在 CI/CD 设置中检查该变量。</translation>
    </message>
    <message>
        <source>the Owner role on group %1 (token scope api)</source>
        <translation>群组 %1 上的 Owner 角色（令牌范围 api）</translation>
    </message>
    <message>
        <source>the Maintainer role on project %1 (token scope api)</source>
        <translation>项目 %1 上的 Maintainer 角色（令牌范围 api）</translation>
    </message>
    <message>
        <source>The GitLab token</source>
        <translation>GitLab 令牌</translation>
    </message>
    <message>
        <source>The GitLab token of %1</source>
        <translation>%1 的 GitLab 令牌</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 需要 %2。</translation>
    </message>
    <message>
        <source>Ask an owner to grant that role, or sign in as someone who has it: %1</source>
        <translation>请让所有者授予该角色，或以拥有该角色的用户身份登录：%1</translation>
    </message>
    <message>
        <source>GitLab has no %1, or the token cannot see it.</source>
        <translation>GitLab 上没有 %1，或者令牌无法看到它。</translation>
    </message>
    <message>
        <source>Check the path in the CI/CD settings&apos; address, and that the signed-in account is a member.</source>
        <translation>请检查 CI/CD 设置页面地址中的路径，并确认已登录的账户是成员。</translation>
    </message>
    <message>
        <source>GitLab refused the new value of %1: a masked variable&apos;s value must be one line without spaces and at least 8 characters.</source>
        <translation>GitLab 拒绝了 %1 的新值：已掩码变量的值必须为单行、不含空格且至少 8 个字符。</translation>
    </message>
    <message>
        <source>Check the token, or turn off masking for the variable in the CI/CD settings.</source>
        <translation>请检查令牌，或在 CI/CD 设置中关闭该变量的掩码。</translation>
    </message>
</context>
<context>
    <name>td::GuiTwoFactorPrompt</name>
    <message>
        <source>You cancelled the two-factor authentication.</source>
        <translation>您取消了双因素身份验证。</translation>
    </message>
    <message>
        <source>Another code was asked for.</source>
        <translation>系统要求提供另一个验证码。</translation>
    </message>
</context>
<context>
    <name>td::HttpTransport</name>
    <message>
        <source>The registry&apos;s answer is larger than %1 MB; TokenDesk stopped reading it.</source>
        <translation>注册表的响应超过 %1 MB；TokenDesk 已停止读取。</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the registry is misbehaving.</source>
        <translation>请稍后重试；如果问题持续，说明注册表运行异常。</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s; it may have acted on the request.</source>
        <translation>位于 %1 的注册表未在 %2 秒内完成响应；它可能已经执行了该请求。</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s.</source>
        <translation>位于 %1 的注册表未在 %2 秒内完成响应。</translation>
    </message>
    <message>
        <source>The registry at %1 stopped answering for %2 s; it may have acted on the request.</source>
        <translation>位于 %1 的注册表已停止响应 %2 秒；它可能已经执行了该请求。</translation>
    </message>
    <message>
        <source>The registry at %1 did not answer within %2 seconds.</source>
        <translation>位于 %1 的注册表未在 %2 秒内响应。</translation>
    </message>
    <message>
        <source>Check whether the change was made before you try again.</source>
        <translation>重试之前，请检查更改是否已生效。</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The connection to %1 broke after the request was sent; the registry may have acted on it.</source>
        <translation>请求发送后，与 %1 的连接中断；注册表可能已经执行了该请求。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete.</source>
        <translation>与 %1 的连接在响应完成前关闭。</translation>
    </message>
    <message>
        <source>Could not reach the registry at %1: %2</source>
        <translation>无法连接位于 %1 的注册表：%2</translation>
    </message>
    <message>
        <source>TokenDesk never ignores certificate errors; check the system date and the registry&apos;s certificate.</source>
        <translation>TokenDesk 从不忽略证书错误；请检查系统日期和注册表的证书。</translation>
    </message>
    <message>
        <source>Check your connection and the registry address, then try again.</source>
        <translation>请检查网络连接和注册表地址，然后重试。</translation>
    </message>
    <message>
        <source>The registry redirected too many times.</source>
        <translation>注册表重定向次数过多。</translation>
    </message>
    <message>
        <source>Check the registry address.</source>
        <translation>请检查注册表地址。</translation>
    </message>
    <message>
        <source>The registry redirected to an unencrypted address (%1); TokenDesk refuses to follow.</source>
        <translation>注册表重定向到了未加密的地址（%1）；TokenDesk 拒绝跟随。</translation>
    </message>
    <message>
        <source>The registry at %1 redirected this request to %2; TokenDesk does not send credentials or request data to another address.</source>
        <translation>位于 %1 的注册表将此请求重定向到 %2；TokenDesk 不会将凭据或请求数据发送到其他地址。</translation>
    </message>
    <message>
        <source>Check the registry address; if the registry has moved, sign in at its new address.</source>
        <translation>请检查注册表地址；如果注册表已迁移，请在其新地址登录。</translation>
    </message>
</context>
<context>
    <name>td::IncidentReport</name>
    <message>
        <source>unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Lockdown: %1 (%2)</source>
        <translation>锁定：%1（%2）</translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation>## 时间线</translation>
    </message>
    <message>
        <source>- (nothing recorded)</source>
        <translation>-（无记录）</translation>
    </message>
    <message>
        <source>## Versions</source>
        <translation>## 版本</translation>
    </message>
    <message>
        <source>| Package | Version | Published | Verdict | Evidence |</source>
        <translation>| 包 | 版本 | 发布时间 | 判定 | 依据 |</translation>
    </message>
    <message>
        <source>## Actions taken</source>
        <translation>## 已采取的操作</translation>
    </message>
    <message>
        <source>Lockdown stopped before any write: this machine had traces of a known worm.</source>
        <translation>锁定在任何写入之前已停止：这台计算机上有已知蠕虫的痕迹。</translation>
    </message>
    <message>
        <source>| Action | Result |</source>
        <translation>| 操作 | 结果 |</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>UNCONFIRMED: sent, no answer (resume the lockdown)</source>
        <translation>未确认：已发送，无应答（请恢复锁定）</translation>
    </message>
    <message>
        <source>NOT DONE (resume the lockdown)</source>
        <translation>未执行（请恢复锁定）</translation>
    </message>
    <message>
        <source>No registry write was made.</source>
        <translation>未对注册表进行任何写入。</translation>
    </message>
    <message>
        <source>- %1: skipped by the user</source>
        <translation>- %1：已被用户跳过</translation>
    </message>
    <message>
        <source>### Steps not taken</source>
        <translation>### 未执行的步骤</translation>
    </message>
    <message>
        <source>## What is left</source>
        <translation>## 剩余事项</translation>
    </message>
    <message>
        <source>- [ ] Report %1@%2 to npm: %3</source>
        <translation>- [ ] 向 npm 举报 %1@%2：%3</translation>
    </message>
    <message>
        <source>- [ ] Unpublish (npm&apos;s rules allow it now): `%1`</source>
        <translation>- [ ] 撤回发布（npm 的规则目前允许）：`%1`</translation>
    </message>
    <message>
        <source>- [ ] Purge the CI caches of every affected repository (a poisoned cache re-arms the next release).</source>
        <translation>- [ ] 清除每个受影响仓库的 CI 缓存（被污染的缓存会在下一次发布时再次发动攻击）。</translation>
    </message>
    <message>
        <source>- [ ] Rotate every CI secret the affected workflows could read.</source>
        <translation>- [ ] 轮换受影响工作流可读取的每个 CI 机密。</translation>
    </message>
    <message>
        <source>- [ ] Publish an advisory (GitHub security advisory) naming the bad versions and the good ones.</source>
        <translation>- [ ] 发布一份公告（GitHub 安全公告），列出有问题的版本和正常的版本。</translation>
    </message>
    <message>
        <source>- [ ] Publish a clean higher version: version ranges still pick the highest version, whatever the tags say.</source>
        <translation>- [ ] 发布一个更高的干净版本：无论标签如何，版本范围仍会选择最高的版本。</translation>
    </message>
    <message>
        <source>- [ ] Token revocations can take up to an hour to take effect: watch the packages meanwhile.</source>
        <translation>- [ ] 令牌撤销最多可能需要一小时才能生效：在此期间请持续监视这些包。</translation>
    </message>
    <message>
        <source># Incident report: %1</source>
        <translation># 事件报告：%1</translation>
    </message>
    <message>
        <source>Written by TokenDesk at %1.</source>
        <translation>由 TokenDesk 于 %1 生成。</translation>
    </message>
</context>
<context>
    <name>td::KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>密钥环中没有以“%1”保存的机密。</translation>
    </message>
    <message>
        <source>The keychain is locked — unlock it and try again.</source>
        <translation>密钥环已锁定 — 请将其解锁，然后重试。</translation>
    </message>
    <message>
        <source>Unlock your login keyring, for example by signing in to your desktop session or with Seahorse (Passwords and Keys). Nothing was changed.</source>
        <translation>请解锁您的登录密钥环，例如登录桌面会话，或使用 Seahorse（密码和密钥）。未做任何更改。</translation>
    </message>
    <message>
        <source>The keychain is not responding.</source>
        <translation>密钥环没有响应。</translation>
    </message>
    <message>
        <source>It may be waiting for you to unlock it in another window; answer that prompt or restart the keyring service, then try again.</source>
        <translation>它可能正在另一个窗口中等待您解锁；请响应该提示或重启密钥环服务，然后重试。</translation>
    </message>
    <message>
        <source>No usable keychain was found (%1).</source>
        <translation>未找到可用的密钥环（%1）。</translation>
    </message>
    <message>
        <source>TokenDesk keeps secrets only in the system keychain, never in plain files. Start a Secret Service provider such as gnome-keyring or KWallet and try again.</source>
        <translation>TokenDesk 只将机密保存在系统密钥环中，从不保存在普通文件中。请启动 gnome-keyring 或 KWallet 等 Secret Service 提供程序，然后重试。</translation>
    </message>
</context>
<context>
    <name>td::KindBadge</name>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>经典</translation>
    </message>
    <message>
        <source>granular</source>
        <translation>细粒度</translation>
    </message>
    <message>
        <source>bypasses 2FA</source>
        <translation>绕过 2FA</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>仅暂存</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>自动化</translation>
    </message>
    <message>
        <source>ends Jan 2027</source>
        <translation>2027 年 1 月终止</translation>
    </message>
</context>
<context>
    <name>td::LibArchive</name>
    <message>
        <source>libarchive could not be loaded (%1).</source>
        <translation>无法加载 libarchive（%1）。</translation>
    </message>
    <message>
        <source>%1 is not the libarchive TokenDesk needs: it has no %2.</source>
        <translation>%1 不是 TokenDesk 所需的 libarchive：缺少 %2。</translation>
    </message>
</context>
<context>
    <name>td::LocalFile</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file; TokenDesk does not read from pipes.</source>
        <translation>%1 是命名管道（FIFO），不是普通文件；TokenDesk 不从管道读取。</translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file; TokenDesk does not read from devices.</source>
        <translation>%1 是设备，不是普通文件；TokenDesk 不从设备读取。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
</context>
<context>
    <name>td::LockdownDialog</name>
    <message>
        <source>Reading the packages and your tokens…</source>
        <translation>正在读取包和您的令牌…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Open npm&apos;s &amp;report page</source>
        <translation>打开 npm 的举报页面(&amp;R)</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Running %1 of %2…</source>
        <translation>正在运行第 %1 步，共 %2 步…</translation>
    </message>
    <message>
        <source>%1 … working</source>
        <translation>%1 … 正在进行</translation>
    </message>
    <message>
        <source>%1 … done</source>
        <translation>%1 … 已完成</translation>
    </message>
    <message>
        <source>%1 … failed: %2</source>
        <translation>%1 … 失败：%2</translation>
    </message>
    <message>
        <source>Respond to %1</source>
        <translation>应对 %1</translation>
    </message>
    <message>
        <source>Untick what you do not want. Before the first change TokenDesk checks this computer for a worm&apos;s watchdog. You approve the changes once.</source>
        <translation>请取消勾选您不需要的步骤。在第一次更改之前，TokenDesk 会检查这台计算机上是否有蠕虫的看门狗程序。您只需批准一次更改。</translation>
    </message>
    <message>
        <source>Stopped before any change: this computer has a worm&apos;s persistence. Disarm it first, then press Run again.

%1</source>
        <translation>已在任何更改之前停止：这台计算机上有蠕虫痕迹。请先解除，然后再次点击“运行”。

%1</translation>
    </message>
    <message>
        <source>The incident report could not be written.</source>
        <translation>无法写入事件报告。</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>事件报告：%1</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>所有步骤均已完成。</translation>
    </message>
    <message>
        <source>A step failed; the steps after it were not run. Retry carries on from the failed step.</source>
        <translation>某个步骤失败；其后的步骤未运行。“重试”将从失败的步骤继续。</translation>
    </message>
    <message>
        <source>An earlier lockdown (started %1) stopped before it finished. Resume carries it on from its first step not done; Run plans afresh from the registry.</source>
        <translation>之前的一次锁定（开始于 %1）在完成前已停止。“继续”会从其第一个未完成的步骤接着运行；“运行”则根据注册表重新制定计划。</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
</context>
<context>
    <name>td::LockdownGather</name>
    <message>
        <source>No bad version of %1 is known: the publish watch has no open alarm for it. Name the versions (tokendesk-cli: --bad VERSION).</source>
        <translation>没有已知的 %1 有问题版本：发布监视中没有它的未处理警报。请指定版本（tokendesk-cli：--bad VERSION）。</translation>
    </message>
    <message>
        <source>%1 %2 published</source>
        <translation>%1 %2 已发布</translation>
    </message>
    <message>
        <source>GitHub Actions %1 %2</source>
        <translation>GitHub Actions %1 %2</translation>
    </message>
    <message>
        <source>GitLab CI %1 %2</source>
        <translation>GitLab CI %1 %2</translation>
    </message>
    <message>
        <source>CircleCI %1</source>
        <translation>CircleCI %1</translation>
    </message>
</context>
<context>
    <name>td::LockdownJournal</name>
    <message>
        <source>The lockdown journal %1 is damaged.</source>
        <translation>锁定日志 %1 已损坏。</translation>
    </message>
    <message>
        <source>Check the package settings on the website, then start a new lockdown.</source>
        <translation>请在网站上检查包的设置，然后开始新的锁定。</translation>
    </message>
</context>
<context>
    <name>td::LockdownPlan</name>
    <message>
        <source>Require 2FA and disallow tokens</source>
        <translation>要求 2FA 并禁止令牌</translation>
    </message>
    <message>
        <source>Revoke the abused trusted publisher</source>
        <translation>撤销被滥用的可信发布者</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>撤销令牌</translation>
    </message>
    <message>
        <source>Remove unexpected maintainers</source>
        <translation>移除意外的维护者</translation>
    </message>
    <message>
        <source>Reject pending staged versions</source>
        <translation>拒绝待处理的暂存版本</translation>
    </message>
    <message>
        <source>Move dist-tags back to the last good version</source>
        <translation>将标签移回最后一个正常版本</translation>
    </message>
    <message>
        <source>Deprecate the bad versions</source>
        <translation>弃用有问题的版本</translation>
    </message>
    <message>
        <source>Unpublish the bad versions</source>
        <translation>撤回有问题的版本</translation>
    </message>
    <message>
        <source>%1: require 2FA, disallow tokens</source>
        <translation>%1：要求 2FA，禁止令牌</translation>
    </message>
    <message>
        <source>Every package already requires 2FA and disallows tokens.</source>
        <translation>所有包均已要求 2FA 并禁止令牌。</translation>
    </message>
    <message>
        <source>%1: revoke %2</source>
        <translation>%1：撤销 %2</translation>
    </message>
    <message>
        <source>%1: %2 kept (not used in the attack)</source>
        <translation>%1：保留 %2（未在攻击中使用）</translation>
    </message>
    <message>
        <source>No trusted publisher published a bad version.</source>
        <translation>没有可信发布者发布过有问题的版本。</translation>
    </message>
    <message>
        <source>No package has a trusted publisher.</source>
        <translation>没有包设置了可信发布者。</translation>
    </message>
    <message>
        <source>The account&apos;s tokens are not known: sign in to list them.</source>
        <translation>账户的令牌未知：请登录以列出它们。</translation>
    </message>
    <message>
        <source>kept: %1 (this lockdown signs in with it; sign out when it is done)</source>
        <translation>保留：%1（本次锁定使用它登录；完成后请退出登录）</translation>
    </message>
    <message>
        <source>kept: %1 (verified in use by %2)</source>
        <translation>保留：%1（已确认由 %2 使用）</translation>
    </message>
    <message>
        <source>revoke %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>The account has no tokens.</source>
        <translation>该账户没有令牌。</translation>
    </message>
    <message>
        <source>Every token is verified in use by your own CI and is kept.</source>
        <translation>每个令牌均已确认由您自己的 CI 使用，将予以保留。</translation>
    </message>
    <message>
        <source>No list of expected maintainers: TokenDesk removes no one.</source>
        <translation>没有预期维护者列表：TokenDesk 不会移除任何人。</translation>
    </message>
    <message>
        <source>%1: no expected maintainer left to keep; none removed</source>
        <translation>%1：没有可保留的预期维护者；未移除任何人</translation>
    </message>
    <message>
        <source>%1: remove maintainer %2</source>
        <translation>%1：移除维护者 %2</translation>
    </message>
    <message>
        <source>Every maintainer is expected.</source>
        <translation>所有维护者均在预期之中。</translation>
    </message>
    <message>
        <source>No expected maintainer would be left: add one first, then remove the others.</source>
        <translation>将不会剩下任何预期维护者：请先添加一位，再移除其他人。</translation>
    </message>
    <message>
        <source>%1: reject staged %2</source>
        <translation>%1：拒绝暂存版本 %2</translation>
    </message>
    <message>
        <source>No staged version is pending.</source>
        <translation>没有待处理的暂存版本。</translation>
    </message>
    <message>
        <source>%1: %2 points at %3 but no good version is known</source>
        <translation>%1：%2 指向 %3，但没有已知的正常版本</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>No dist-tag points at a bad version.</source>
        <translation>没有标签指向有问题的版本。</translation>
    </message>
    <message>
        <source>No good version to move the tags to.</source>
        <translation>没有可将标签移至的正常版本。</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Do not use.</source>
        <translation>已遭入侵的版本，未经维护者同意发布。请勿使用。</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Use %1.</source>
        <translation>已遭入侵的版本，未经维护者同意发布。请使用 %1。</translation>
    </message>
    <message>
        <source>%1@%2: deprecate</source>
        <translation>%1@%2：弃用</translation>
    </message>
    <message>
        <source>No bad version is known.</source>
        <translation>没有已知的有问题版本。</translation>
    </message>
    <message>
        <source>%1@%2: its publish time is unknown</source>
        <translation>%1@%2：发布时间未知</translation>
    </message>
    <message>
        <source>%1@%2: published more than 72 hours ago</source>
        <translation>%1@%2：发布已超过 72 小时</translation>
    </message>
    <message>
        <source>%1@%2: TokenDesk cannot tell whether other packages depend on it</source>
        <translation>%1@%2：TokenDesk 无法判断是否有其他包依赖它</translation>
    </message>
    <message>
        <source>%1@%2: other packages depend on it</source>
        <translation>%1@%2：有其他包依赖它</translation>
    </message>
    <message>
        <source>npm unpublish %1@%2</source>
        <translation>npm unpublish %1@%2</translation>
    </message>
    <message>
        <source>npm&apos;s rules do not allow it (%1). Deprecate and report instead.</source>
        <translation>npm 的规则不允许这样做（%1）。请改为弃用并举报。</translation>
    </message>
    <message>
        <source>%1: trusted publishers as TokenDesk last read them, %2 (reading them again needs 2FA)</source>
        <translation>%1：TokenDesk 上次读取到的可信发布者，%2（重新读取需要 2FA）</translation>
    </message>
    <message>
        <source>%1: revoke the trusted publisher %2 (it published a bad version)</source>
        <translation>%1：撤销可信发布者 %2（它发布了有问题的版本）</translation>
    </message>
    <message>
        <source>%1 was published with a token, not through the trusted publisher: keep it.</source>
        <translation>%1 是使用令牌发布的，而不是通过可信发布者：保留该可信发布者。</translation>
    </message>
    <message>
        <source>No bad version came through a trusted publisher, and TokenDesk has not read the trusted publishers of %1 (tokendesk-cli trust list reads them, with 2FA).</source>
        <translation>没有通过可信发布者发布的有问题版本，且 TokenDesk 尚未读取 %1 的可信发布者（tokendesk-cli trust list 可读取，需要 2FA）。</translation>
    </message>
    <message>
        <source>Every bad version is already deprecated.</source>
        <translation>所有有问题的版本均已标记为弃用。</translation>
    </message>
</context>
<context>
    <name>td::LockdownRunner</name>
    <message>
        <source>Lockdown stopped before revoking anything: this machine has traces of a known worm.

%1</source>
        <translation>锁定在撤销任何内容之前已停止：这台计算机上有已知蠕虫的痕迹。

%1</translation>
    </message>
    <message>
        <source>Disarm what was found first, then start the lockdown again.</source>
        <translation>请先解除所发现的威胁，然后重新开始锁定。</translation>
    </message>
    <message>
        <source>A lockdown is already running.</source>
        <translation>锁定已在运行。</translation>
    </message>
    <message>
        <source>The lockdown has nothing to do: no ticked step applies.</source>
        <translation>锁定无事可做：勾选的步骤均不适用。</translation>
    </message>
    <message>
        <source>Tick at least one step that applies.</source>
        <translation>请至少勾选一个适用的步骤。</translation>
    </message>
    <message>
        <source>TokenDesk does not unpublish.</source>
        <translation>TokenDesk 不会撤回发布。</translation>
    </message>
    <message>
        <source>Run npm unpublish yourself if npm&apos;s rules allow it.</source>
        <translation>如果 npm 的规则允许，请自行运行 npm unpublish。</translation>
    </message>
</context>
<context>
    <name>td::LostTokenRecovery</name>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Revoke it with &apos;tokendesk-cli token revoke &lt;id&gt;&apos; or on npmjs.com under Access Tokens.</source>
        <translation>请使用“tokendesk-cli token revoke &lt;id&gt;”或在 npmjs.com 的 Access Tokens 下将其撤销。</translation>
    </message>
    <message>
        <source>the sign-in ended</source>
        <translation>登录已结束</translation>
    </message>
    <message>
        <source>The registry may have created token &apos;%1&apos; but its answer was lost (%2), and TokenDesk could not check (%3).</source>
        <translation>注册表可能已创建令牌“%1”，但其响应丢失了（%2），且 TokenDesk 无法检查（%3）。</translation>
    </message>
    <message>
        <source>Look for a token named &apos;%1&apos; created at or after %2 and revoke it: its secret was never received. %3</source>
        <translation>请查找在 %2 或之后创建的名为“%1”的令牌并将其撤销：其机密值从未收到。%3</translation>
    </message>
    <message>
        <source>Create it again. If a token named &apos;%1&apos; created at or after %2 shows up later, revoke it: its secret was never received.</source>
        <translation>请重新创建。如果之后出现在 %2 或之后创建的名为“%1”的令牌，请将其撤销：其机密值从未收到。</translation>
    </message>
    <message>
        <source>Create it again.</source>
        <translation>请重新创建。</translation>
    </message>
    <message>
        <source>%1 TokenDesk checked: the registry has not created token &apos;%2&apos;.</source>
        <translation>%1 TokenDesk 已检查：注册表未创建令牌“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>The registry created token &apos;%1&apos; but its answer was lost; %n tokens with that name were created since, so TokenDesk revoked none of them: %2.</source>
        <translation>
            <numerusform>注册表已创建令牌“%1”，但其响应丢失了；此后又创建了 %n 个同名令牌，因此 TokenDesk 没有撤销其中任何一个：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the ones you do not use (the newest is most likely the lost one). %1</source>
        <translation>请撤销您不用的令牌（最新的那个最可能是丢失的令牌）。%1</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost, and TokenDesk could not revoke it (%2): %3.</source>
        <translation>注册表已创建令牌“%1”，但其响应丢失了，且 TokenDesk 无法将其撤销（%2）：%3。</translation>
    </message>
    <message>
        <source>Its secret was never received. Revoke it with &apos;tokendesk-cli token revoke %1&apos; or on npmjs.com under Access Tokens, then create it again.</source>
        <translation>其机密值从未收到。请使用“tokendesk-cli token revoke %1”或在 npmjs.com 的 Access Tokens 下将其撤销，然后重新创建。</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost; TokenDesk revoked it (%2).</source>
        <translation>注册表已创建令牌“%1”，但其响应丢失了；TokenDesk 已将其撤销（%2）。</translation>
    </message>
</context>
<context>
    <name>td::MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Not signed in · add an account to see its tokens</source>
        <translation>未登录 · 添加账户以查看其令牌</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>新建令牌(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishing…</source>
        <translation>可信发布(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Migrate tokens…</source>
        <translation>迁移令牌(&amp;M)…</translation>
    </message>
    <message>
        <source>R&amp;escan this computer for tokens</source>
        <translation>重新扫描此计算机上的令牌(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>No system tray was found: TokenDesk cannot warn you about expiring tokens while this window is closed, and closing it quits.</source>
        <translation>未找到系统托盘：此窗口关闭时，TokenDesk 无法提醒您令牌即将过期，并且关闭窗口将退出程序。</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>时间线(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Filter by name, package, scope or kind</source>
        <translation>按名称、包、作用域或类型筛选</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>筛选令牌</translation>
    </message>
    <message>
        <source>Show &amp;revoked and expired</source>
        <translation>显示已撤销和已过期的令牌(&amp;R)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>&amp;Staged releases</source>
        <translation>暂存版本(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Staged releases (%n)</source>
        <translation>
            <numerusform>暂存版本(&amp;S)（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publishing (%n at risk)</source>
        <translation>
            <numerusform>发布（%n 个有风险）(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>End the selected account&apos;s session; its tokens stay on npm.</source>
        <translation>结束所选账户的会话；其令牌仍保留在 npm 上。</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>移除账户(&amp;R)…</translation>
    </message>
    <message>
        <source>Sign out and forget the selected account on this computer.</source>
        <translation>退出登录并在此计算机上忘记所选账户。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>Open TokenDesk&apos;s documentation in your browser.</source>
        <translation>在浏览器中打开 TokenDesk 的文档。</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>关于 TokenDesk(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard cleared in %n s</source>
        <translation>
            <numerusform>剪贴板将在 %n 秒后清除</numerusform>
        </translation>
    </message>
    <message>
        <source>Set token &amp;expiry…</source>
        <translation>设置令牌有效期(&amp;E)…</translation>
    </message>
    <message>
        <source>Enter when the selected account&apos;s token ends; this registry does not say.</source>
        <translation>输入所选账户的令牌何时到期；此注册表不提供该信息。</translation>
    </message>
    <message>
        <source>Starts a registry on this computer with demo accounts and tokens. Nothing you do there reaches npm.</source>
        <translation>在此计算机上启动一个带有演示账户和令牌的注册表。您在其中的任何操作都不会影响 npm。</translation>
    </message>
    <message>
        <source>Sign in to &amp;npm…</source>
        <translation>登录 npm(&amp;N)…</translation>
    </message>
    <message>
        <source>Starting the practice registry…</source>
        <translation>正在启动练习注册表…</translation>
    </message>
    <message>
        <source>Try it with the &amp;practice registry</source>
        <translation>使用练习注册表试用(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>发布记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>td::ManualSteps</name>
    <message>
        <source>Set the CI secret %1 in %2 to the new token — %3. (%4 uses it.)</source>
        <translation>请将 %2 中的 CI 机密 %1 设置为新令牌 — %3。（%4 使用它。）</translation>
    </message>
    <message>
        <source>%1, line %2 reads ${%3}: set %3 to the new token wherever you export it (for example export %3=… in ~/.profile) — %4.</source>
        <translation>%1 第 %2 行读取 ${%3}：请在所有导出 %3 的地方将其设置为新令牌（例如 ~/.profile 中的 export %3=…）— %4。</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the new token wherever you export it (for example export %1=… in ~/.profile) — %2.</source>
        <translation>请在所有导出环境变量 %1 的地方将其设置为新令牌（例如 ~/.profile 中的 export %1=…）— %2。</translation>
    </message>
    <message>
        <source>Put the new token in %1, line %2 (%3) by hand — %4.</source>
        <translation>请手动将新令牌填入 %1 第 %2 行（%3）— %4。</translation>
    </message>
</context>
<context>
    <name>td::MigrationDialog</name>
    <message>
        <source>Migrate tokens</source>
        <translation>迁移令牌</translation>
    </message>
    <message>
        <source>Rotate &quot;%1&quot;</source>
        <translation>轮换“%1”</translation>
    </message>
    <message>
        <source>Tokens no longer needed after trusted publishing</source>
        <translation>启用可信发布后不再需要的令牌</translation>
    </message>
    <message numerus="yes">
        <source>A migration was interrupted: %n token(s) are half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</source>
        <translation>
            <numerusform>有一次迁移被中断：%n 个令牌处于中间状态。请继续迁移，或将其回滚到文件原来的状态。在此之前，每个文件都保留一个可用的令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>npm password (only if a token still has to be created):</source>
        <translation>npm 密码（仅在仍需创建令牌时）：</translation>
    </message>
    <message>
        <source>Looking for npm tokens on this machine…</source>
        <translation>正在查找此计算机上的 npm 令牌…</translation>
    </message>
    <message>
        <source>Add project folder…</source>
        <translation>添加项目文件夹…</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>npm password (npm asks for it to create tokens):</source>
        <translation>npm 密码（npm 创建令牌时需要）：</translation>
    </message>
    <message>
        <source>Found on this machine:</source>
        <translation>在此计算机上找到：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Add a project folder to scan</source>
        <translation>添加要扫描的项目文件夹</translation>
    </message>
    <message>
        <source>Project folders: none (only your npm settings and the environment are scanned)</source>
        <translation>项目文件夹：无（仅扫描您的 npm 设置和环境）</translation>
    </message>
    <message>
        <source>Project folders: %1</source>
        <translation>项目文件夹：%1</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create tokens.</source>
        <translation>请输入您的 npm 密码：npm 创建令牌时需要它。</translation>
    </message>
    <message>
        <source>The new token could not be read from the keychain: %1</source>
        <translation>无法从密钥环读取新令牌：%1</translation>
    </message>
    <message>
        <source>The new token is on the clipboard; it is cleared again shortly.</source>
        <translation>新令牌已复制到剪贴板；稍后会自动清除。</translation>
    </message>
    <message>
        <source>works</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>已列出</translation>
    </message>
    <message>
        <source>works (not listed)</source>
        <translation>有效（未列出）</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>other registry</source>
        <translation>其他注册表</translation>
    </message>
    <message>
        <source>not checkable</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>使用位置</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>creating the new token…</source>
        <translation>正在创建新令牌…</translation>
    </message>
    <message>
        <source>new token created</source>
        <translation>已创建新令牌</translation>
    </message>
    <message>
        <source>saving it in the keychain…</source>
        <translation>正在保存到密钥环…</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>已保存到密钥环</translation>
    </message>
    <message>
        <source>updating .npmrc files…</source>
        <translation>正在更新 .npmrc 文件…</translation>
    </message>
    <message>
        <source>.npmrc files updated</source>
        <translation>.npmrc 文件已更新</translation>
    </message>
    <message>
        <source>checking the new token…</source>
        <translation>正在检查新令牌…</translation>
    </message>
    <message>
        <source>the new token works</source>
        <translation>新令牌有效</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>正在撤销旧令牌…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>waiting for you: update the CI/environment uses, then confirm</source>
        <translation>等待您操作：请更新 CI/环境中的使用位置，然后确认</translation>
    </message>
    <message>
        <source>confirmed; revoking…</source>
        <translation>已确认；正在撤销…</translation>
    </message>
    <message>
        <source>replaced, but the old token could not be revoked</source>
        <translation>已替换，但无法撤销旧令牌</translation>
    </message>
    <message>
        <source>failed; nothing changed</source>
        <translation>失败；未做任何更改</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Migration finished.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;迁移已完成。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The migration stopped:&lt;/b&gt; %1&lt;br&gt;Open this dialog again to resume or roll back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;迁移已停止：&lt;/b&gt;%1&lt;br&gt;请再次打开此对话框以继续或回滚。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backups of the files as they were:&lt;/p&gt;</source>
        <translation>&lt;p&gt;文件原始状态的备份：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins &quot;3 places hold npm credentials&quot; and &quot;2 tokens in the plan.&quot;</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) hold npm credentials</source>
        <translation>
            <numerusform>%n 处存有 npm 凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the plan.</source>
        <translation>
            <numerusform>计划中有 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens found on this machine</source>
        <translation>在此计算机上找到的令牌</translation>
    </message>
    <message>
        <source>Migration plan</source>
        <translation>迁移计划</translation>
    </message>
    <message>
        <source>Looking for the CI secrets that hold them…</source>
        <translation>正在查找存放这些令牌的 CI 机密…</translation>
    </message>
    <message>
        <source>%1 (TokenDesk updates it)</source>
        <extracomment>a CI secret TokenDesk will update itself during the rotation</extracomment>
        <translation>%1（由 TokenDesk 更新）</translation>
    </message>
    <message>
        <source>pushing the new token to CI…</source>
        <translation>正在将新令牌推送到 CI…</translation>
    </message>
    <message>
        <source>pushed to CI; verifying…</source>
        <translation>已推送到 CI；正在验证…</translation>
    </message>
    <message>
        <source>verified in CI</source>
        <translation>已在 CI 中验证</translation>
    </message>
    <message>
        <source>CI holds the new token; the old one is revoked after the grace period</source>
        <translation>CI 已存有新令牌；旧令牌将在宽限期结束后撤销</translation>
    </message>
    <message>
        <source>pushing the new token…</source>
        <translation>正在推送新令牌…</translation>
    </message>
    <message>
        <source>pushed; verifying…</source>
        <translation>已推送；正在验证…</translation>
    </message>
    <message>
        <source>verified: it holds the new token</source>
        <translation>已验证：存有新令牌</translation>
    </message>
    <message>
        <source>the old value is back</source>
        <translation>已恢复为旧值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;secret NPM_TOKEN in acme/widgets: verified: it holds the new token&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>td::MigrationJournal</name>
    <message>
        <source>The migration journal %1 is damaged.</source>
        <translation>迁移日志 %1 已损坏。</translation>
    </message>
    <message>
        <source>revoke pending: retry — its replacement is in use, but revoking it failed (%1)</source>
        <translation>待撤销：请重试 — 其替换令牌已在使用中，但撤销失败（%1）</translation>
    </message>
</context>
<context>
    <name>td::MigrationLauncher</name>
    <message>
        <source>Sign in again to continue.</source>
        <translation>请重新登录以继续。</translation>
    </message>
</context>
<context>
    <name>td::MigrationOutcome</name>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, old token revoked</source>
        <translation>
            <numerusform>%1：已替换，改写了 %n 处引用，旧令牌已撤销</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) cleaned, token revoked</source>
        <translation>
            <numerusform>%1：已清理 %n 个文件，令牌已撤销</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: removed from %n file(s)</source>
        <translation>
            <numerusform>%1：已从 %n 个文件中移除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, but the old token could not be revoked</source>
        <translation>
            <numerusform>%1：已替换，改写了 %n 处引用，但无法撤销旧令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten; the old token is revoked once you confirm</source>
        <translation>
            <numerusform>%1：已替换，改写了 %n 处引用；您确认后将撤销旧令牌</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MigrationProgressPage</name>
    <message>
        <source>Migrating… Every step is saved, so closing TokenDesk now loses nothing.</source>
        <translation>正在迁移… 每一步都会保存，因此现在关闭 TokenDesk 不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>迁移进度</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>CI secrets</source>
        <translation>CI 机密</translation>
    </message>
</context>
<context>
    <name>td::NamePage</name>
    <message>
        <source>Name and description</source>
        <translation>名称和描述</translation>
    </message>
    <message>
        <source>The name is how you will recognise the token in lists and reminders.</source>
        <translation>名称用于在列表和提醒中识别该令牌。</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>令牌名称</translation>
    </message>
    <message>
        <source>Use the suggested name</source>
        <translation>使用建议的名称</translation>
    </message>
    <message>
        <source>Token description</source>
        <translation>令牌描述</translation>
    </message>
    <message>
        <source>optional, e.g. where the token is used</source>
        <translation>可选，例如令牌的使用位置</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Use suggested: %1</source>
        <translation>使用建议：%1</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>td::NewTokenWizard</name>
    <message>
        <source>New npm token</source>
        <translation>新建 npm 令牌</translation>
    </message>
    <message>
        <source>Close without copying the token?</source>
        <translation>不复制令牌就关闭？</translation>
    </message>
    <message>
        <source>You have not copied the new token or added it to an .npmrc. npm never shows it again.</source>
        <translation>您尚未复制新令牌，也未将其添加到 .npmrc。npm 不会再次显示它。</translation>
    </message>
    <message>
        <source>It stays in your keychain, so TokenDesk can still use it.</source>
        <translation>它仍保存在您的密钥环中，因此 TokenDesk 仍可使用它。</translation>
    </message>
    <message>
        <source>It is not in your keychain either: closing loses it.</source>
        <translation>它也不在您的密钥环中：关闭后将丢失该令牌。</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>仍然关闭(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
</context>
<context>
    <name>td::NoticeMemory</name>
    <message>
        <source>The list of expiry notices already shown (%1) is damaged; it was kept as %2 and started afresh.</source>
        <translation>已显示的过期通知列表（%1）已损坏；已将其保存为 %2 并重新开始。</translation>
    </message>
</context>
<context>
    <name>td::NpmrcDocument</name>
    <message>
        <source>This configuration has no file to save to.</source>
        <translation>此配置没有可保存到的文件。</translation>
    </message>
    <message>
        <source>%1 was changed by another program after TokenDesk read it; nothing was written.</source>
        <translation>TokenDesk 读取 %1 后，它被另一个程序更改了；未写入任何内容。</translation>
    </message>
    <message>
        <source>Scan again to see the current contents, then retry.</source>
        <translation>请重新扫描以查看当前内容，然后重试。</translation>
    </message>
</context>
<context>
    <name>td::OrgsPage</name>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Organization access lets the token manage teams and members, not publish. Most tokens need none.</source>
        <translation>组织访问权限让令牌可以管理团队和成员，但不能发布。大多数令牌不需要它。</translation>
    </message>
    <message>
        <source>Add an organization by name</source>
        <translation>按名称添加组织</translation>
    </message>
    <message>
        <source>organization name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Add the typed organization</source>
        <translation>添加输入的组织</translation>
    </message>
    <message>
        <source>Permission for organizations</source>
        <translation>组织的权限</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Looking up your organizations…</source>
        <translation>正在查找您的组织…</translation>
    </message>
    <message>
        <source>Your organizations could not be looked up. Type a name below to add one.</source>
        <translation>无法查找您的组织。请在下方输入名称来添加组织。</translation>
    </message>
    <message>
        <source>This account is in no organization. Type a name below to add one.</source>
        <translation>此账户不属于任何组织。请在下方输入名称来添加组织。</translation>
    </message>
    <message>
        <source>%1 — you are: %2</source>
        <translation>%1 — 您的角色：%2</translation>
    </message>
</context>
<context>
    <name>td::PackageChecklistModel</name>
    <message>
        <source>%1 (the whole scope, new packages too)</source>
        <translation>%1（整个作用域，包括新包）</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>作用域 %1</translation>
    </message>
</context>
<context>
    <name>td::PackageWrites</name>
    <message>
        <source>The registry sent an unreadable document for %1.</source>
        <translation>注册表为 %1 发送了无法读取的文档。</translation>
    </message>
    <message>
        <source>Try again later; if it persists, make this change on the website.</source>
        <translation>请稍后重试；如果问题仍然存在，请在网站上进行此更改。</translation>
    </message>
    <message>
        <source>%1 is the only maintainer of %2.</source>
        <translation>%1 是 %2 的唯一维护者。</translation>
    </message>
    <message>
        <source>Add another maintainer first, then remove this one.</source>
        <translation>请先添加另一位维护者，再移除此维护者。</translation>
    </message>
    <message>
        <source>%1 has no version %2.</source>
        <translation>%1 没有版本 %2。</translation>
    </message>
    <message>
        <source>Check the version; it may have been unpublished.</source>
        <translation>请检查版本；它可能已被撤回发布。</translation>
    </message>
</context>
<context>
    <name>td::PackagesPage</name>
    <message>
        <source>Packages and scopes</source>
        <translation>包和作用域</translation>
    </message>
    <message>
        <source>Tick the packages and scopes the token may use, or type names that are not published yet.</source>
        <translation>勾选令牌可以使用的包和作用域，或输入尚未发布的名称。</translation>
    </message>
    <message>
        <source>&amp;All packages, including ones published later</source>
        <translation>所有包，包括以后发布的包(&amp;A)</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>所有包</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>搜索包</translation>
    </message>
    <message>
        <source>Search packages…</source>
        <translation>搜索包…</translation>
    </message>
    <message>
        <source>Packages and scopes of this account</source>
        <translation>此账户的包和作用域</translation>
    </message>
    <message>
        <source>Add a package or scope by name</source>
        <translation>按名称添加包或作用域</translation>
    </message>
    <message>
        <source>new-package, @scope/name or @scope</source>
        <translation>new-package、@scope/name 或 @scope</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Add the typed package or scope</source>
        <translation>添加输入的包或作用域</translation>
    </message>
    <message>
        <source>Chosen packages and scopes</source>
        <translation>已选择的包和作用域</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the chosen package or scope</source>
        <translation>移除所选的包或作用域</translation>
    </message>
    <message>
        <source>Permission for packages and scopes</source>
        <translation>包和作用域的权限</translation>
    </message>
    <message>
        <source>Bypass two-factor authentication</source>
        <translation>绕过双因素身份验证</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Load the account&apos;s packages again</source>
        <translation>重新加载该账户的包</translation>
    </message>
    <message>
        <source>Bypass two-&amp;factor authentication when publishing</source>
        <translation>发布时绕过双因素身份验证(&amp;F)</translation>
    </message>
    <message>
        <source>Could not load your packages: %1 You can still type package names below.</source>
        <translation>无法加载您的包：%1 您仍可以在下方输入包名称。</translation>
    </message>
    <message>
        <source>Loading your packages…</source>
        <translation>正在加载您的包…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>显示 %L1 行，共 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>已选择 %Ln 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PermissionCombo</name>
    <message>
        <source>No access</source>
        <translation>无访问权限</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>Read and write (stage only)</source>
        <translation>读写（仅暂存）</translation>
    </message>
</context>
<context>
    <name>td::PersistenceScan</name>
    <message>
        <source>The list of known worms&apos; traces %1 cannot be read.</source>
        <translation>无法读取已知蠕虫痕迹列表 %1。</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or give a readable file.</source>
        <translation>请重新安装 TokenDesk，或提供一个可读取的文件。</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces %1 is too large.</source>
        <translation>已知蠕虫痕迹列表 %1 过大。</translation>
    </message>
    <message>
        <source>Give the list TokenDesk ships, or a file under 1 MiB.</source>
        <translation>请提供 TokenDesk 自带的列表，或小于 1 MiB 的文件。</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces is damaged.</source>
        <translation>已知蠕虫痕迹列表已损坏。</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or fix the file (format: core/lockdown/README.md).</source>
        <translation>请重新安装 TokenDesk，或修复该文件（格式：core/lockdown/README.md）。</translation>
    </message>
    <message>
        <source>Found %1 at %2: %3 To disarm it: %4</source>
        <translation>在 %2 发现 %1：%3 解除方法：%4</translation>
    </message>
</context>
<context>
    <name>td::PlanAction</name>
    <message>
        <source>Replace with a read-write token for your packages</source>
        <translation>替换为适用于您的包的读写令牌</translation>
    </message>
    <message>
        <source>Replace with a read-only token</source>
        <translation>替换为只读令牌</translation>
    </message>
    <message>
        <source>Replace with a read-write token that bypasses 2FA</source>
        <translation>替换为绕过 2FA 的读写令牌</translation>
    </message>
    <message>
        <source>Replace with a stage-only token</source>
        <translation>替换为仅暂存令牌</translation>
    </message>
    <message>
        <source>Rotate: same access, fresh expiry</source>
        <translation>轮换：相同的访问权限，新的有效期</translation>
    </message>
    <message>
        <source>Switch CI to trusted publishing (no token)</source>
        <translation>将 CI 切换到可信发布（无需令牌）</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Revoke: nothing needs it any more</source>
        <translation>撤销：已不再需要</translation>
    </message>
    <message>
        <source>Replace with one without the trusted-publishing packages</source>
        <translation>替换为不含可信发布包的令牌</translation>
    </message>
</context>
<context>
    <name>td::PlanRunner</name>
    <message>
        <source>The migration has no row %1.</source>
        <translation>此迁移中没有第 %1 行。</translation>
    </message>
    <message>
        <source>Row %1 is not waiting for a confirmation (it is &quot;%2&quot;).</source>
        <translation>第 %1 行不在等待确认（其状态为“%2”）。</translation>
    </message>
    <message>
        <source>Another token of this migration is half-way: resume or roll it back first.</source>
        <translation>此迁移中的另一个令牌处于中间状态：请先继续或回滚。</translation>
    </message>
    <message>
        <source>Rolled back on request.</source>
        <translation>已按请求回滚。</translation>
    </message>
    <message>
        <source>secret lost in a crash</source>
        <translation>机密值在崩溃中丢失</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; in the migration journal.</source>
        <translation>迁移日志中有未知步骤“%1”。</translation>
    </message>
    <message>
        <source>The new token cannot be read from the keychain: %1 Unlock it and resume.</source>
        <translation>无法从密钥环读取新令牌：%1 请将其解锁并继续。</translation>
    </message>
    <message numerus="yes">
        <source>The registry had created it anyway; %n such token(s) were revoked.</source>
        <translation>
            <numerusform>注册表实际上已创建了令牌；已撤销 %n 个此类令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the registry created the new token &quot;%1&quot; could not be checked (%2); nothing uses it yet. Resume when the registry answers again, to find and revoke it.</source>
        <translation>无法检查注册表是否已创建新令牌“%1”（%2）；目前尚无任何地方使用它。请在注册表恢复响应后继续，以查找并撤销它。</translation>
    </message>
    <message>
        <source>Creating the new token &quot;%1&quot; failed (%2), and whether the registry created it anyway could not be checked (%3). Resume when the registry answers again, to find and revoke it.</source>
        <translation>创建新令牌“%1”失败（%2），且无法检查注册表是否实际上已创建它（%3）。请在注册表恢复响应后继续，以查找并撤销它。</translation>
    </message>
    <message>
        <source>The keychain did not take the new token: %1</source>
        <translation>密钥环未接受新令牌：%1</translation>
    </message>
    <message>
        <source>The new token did not work (%1); nothing was revoked.</source>
        <translation>新令牌无法使用（%1）；未撤销任何令牌。</translation>
    </message>
    <message>
        <source>The new token answered as &quot;%1&quot;, not as &quot;%2&quot;: the registry is not behaving as expected, so the migration stopped and nothing was revoked.</source>
        <translation>新令牌的响应身份为“%1”，而不是“%2”：注册表的行为不符合预期，因此迁移已停止，未撤销任何令牌。</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; (id %2) could not be revoked (%3); revoke it with &apos;tokendesk-cli token revoke %2&apos;.</source>
        <translation>无法撤销新令牌“%1”（ID %2）（%3）；请使用“tokendesk-cli token revoke %2”将其撤销。</translation>
    </message>
    <message>
        <source>The new token was kept, because these CI secrets hold it and the old value is not available to put back: %1. Put the old token back there, or keep the new one and revoke the old one.</source>
        <translation>新令牌已保留，因为以下 CI 机密存有新令牌，且没有可恢复的旧值：%1。请将旧令牌放回这些位置，或继续使用新令牌并撤销旧令牌。</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be updated; nothing was revoked.</source>
        <translation>无法更新步骤 %1 的 CI 机密；未撤销任何令牌。</translation>
    </message>
    <message>
        <source>Updating %1 failed (%2); nothing was revoked.</source>
        <translation>更新 %1 失败（%2）；未撤销任何令牌。</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be checked; nothing was revoked.</source>
        <translation>无法检查步骤 %1 的 CI 机密；未撤销任何令牌。</translation>
    </message>
    <message>
        <source>Checking %1 failed (%2); nothing was revoked.</source>
        <translation>检查 %1 失败（%2）；未撤销任何令牌。</translation>
    </message>
    <message>
        <source>%1 does not hold the new token after the update; nothing was revoked.</source>
        <translation>更新后 %1 中没有新令牌；未撤销任何令牌。</translation>
    </message>
</context>
<context>
    <name>td::PracticeOffer</name>
    <message>
        <source>You are trying TokenDesk on the practice registry: a registry on this computer with demo tokens. Nothing you do there reaches npm; it stops when TokenDesk quits.</source>
        <translation>您正在练习注册表上试用 TokenDesk：这是此计算机上一个带有演示令牌的注册表。您在其中的任何操作都不会影响 npm；TokenDesk 退出时它会停止。</translation>
    </message>
</context>
<context>
    <name>td::PracticeRegistry</name>
    <message>
        <source>The practice registry did not give its one-time code.</source>
        <translation>练习注册表未提供一次性验证码。</translation>
    </message>
    <message>
        <source>Quit TokenDesk and try again.</source>
        <translation>请退出 TokenDesk 后重试。</translation>
    </message>
    <message numerus="yes">
        <source>The practice registry did not start within %n second(s).</source>
        <translation>
            <numerusform>练习注册表未在 %n 秒内启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice registry (tokendesk-sandbox) was not found next to TokenDesk or on PATH. Install it with TokenDesk, or sign in to npm.</source>
        <translation>在 TokenDesk 所在位置和 PATH 中均未找到练习注册表（tokendesk-sandbox）。请随 TokenDesk 一起安装它，或登录 npm。</translation>
    </message>
    <message>
        <source>The practice registry could not be started: %1</source>
        <translation>无法启动练习注册表：%1</translation>
    </message>
    <message>
        <source>The practice registry stopped: %1</source>
        <translation>练习注册表已停止：%1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>它已崩溃</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>它已退出，退出代码为 %1</translation>
    </message>
    <message>
        <source>The practice registry did not say where it listens.</source>
        <translation>练习注册表未告知其监听地址。</translation>
    </message>
    <message>
        <source>The practice registry does not answer: %1</source>
        <translation>练习注册表没有响应：%1</translation>
    </message>
    <message>
        <source>TokenDesk could not sign in to the practice registry: %1</source>
        <translation>TokenDesk 无法登录练习注册表：%1</translation>
    </message>
</context>
<context>
    <name>td::PublishCutoffNotices</name>
    <message>
        <source>The list of January 2027 notices already shown (%1) is damaged; TokenDesk starts it afresh, so a notice may appear once more.</source>
        <translation>已显示的 2027 年 1 月通知列表（%1）已损坏；TokenDesk 将重新开始记录，因此某条通知可能会再显示一次。</translation>
    </message>
    <message>
        <source>npm token &apos;%1&apos; is used in CI (%2) and stops publishing in January 2027; npm has not announced the exact day. Move it to trusted publishing or a stage-only token.</source>
        <translation>npm 令牌“%1”正在 CI（%2）中使用，将于 2027 年 1 月停止发布；npm 尚未公布具体日期。请改用可信发布或仅暂存令牌。</translation>
    </message>
</context>
<context>
    <name>td::PublishPath</name>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>可信发布（直接）</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>可信发布（仅暂存）</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>仅暂存令牌</translation>
    </message>
    <message>
        <source>direct-publish token</source>
        <translation>直接发布令牌</translation>
    </message>
    <message>
        <source>bypass-2FA token</source>
        <translation>绕过 2FA 的令牌</translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation>可信发布者</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>暂存后批准</translation>
    </message>
    <message>
        <source>token or npm login</source>
        <translation>令牌或 npm login</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>2027 年 1 月有风险</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>无发布途径</translation>
    </message>
    <message>
        <source>trusted publishing (stage only by default)</source>
        <translation>可信发布（默认仅暂存）</translation>
    </message>
    <message>
        <source>a stage-only token with approval</source>
        <translation>需批准的仅暂存令牌</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>无需操作</translation>
    </message>
</context>
<context>
    <name>td::PublishPathClassifier</name>
    <message>
        <source>Publishing access (require 2FA, disallow tokens): npm has no API to read it.</source>
        <translation>发布访问权限（要求 2FA、禁止令牌）：npm 没有可读取此设置的 API。</translation>
    </message>
    <message>
        <source>Whether the last release used a token or an interactive npm login: the registry does not say.</source>
        <translation>上次发布使用的是令牌还是交互式 npm login：注册表不提供此信息。</translation>
    </message>
    <message>
        <source>Trusted publishers: %1</source>
        <translation>可信发布者：%1</translation>
    </message>
    <message>
        <source>Last release: %1</source>
        <translation>上次发布：%1</translation>
    </message>
    <message>
        <source>%1 trusted publisher</source>
        <translation>%1 可信发布者</translation>
    </message>
    <message>
        <source>GitHub Actions %1, %2</source>
        <translation>GitHub Actions %1，%2</translation>
    </message>
    <message>
        <source>GitLab CI/CD %1, %2</source>
        <translation>GitLab CI/CD %1，%2</translation>
    </message>
    <message>
        <source>CircleCI %1</source>
        <translation>CircleCI %1</translation>
    </message>
    <message>
        <source>, environment %1</source>
        <translation>，环境 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly; it is not used anywhere TokenDesk looked, but it works until it is revoked.</source>
        <translation>令牌 %1 可以直接发布 %2；在 TokenDesk 检查过的地方均未使用它，但在被撤销之前它一直有效。</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly and is used in %3.</source>
        <translation>令牌 %1 可以直接发布 %2，并在 %3 中使用。</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027; no exact day is announced.</source>
        <translation>npm 将于 2027 年 1 月终止使用令牌直接发布；具体日期尚未公布。</translation>
    </message>
    <message>
        <source>It can also be published through %1.</source>
        <translation>也可以通过 %1 发布。</translation>
    </message>
    <message>
        <source>%1, not used on this machine</source>
        <translation>%1，未在此计算机上使用</translation>
    </message>
    <message>
        <source>%1, used in %2</source>
        <translation>%1，在 %2 中使用</translation>
    </message>
    <message>
        <source>Publishes through trusted publishing (%1), which January 2027 does not affect.</source>
        <translation>通过可信发布（%1）发布，不受 2027 年 1 月变更的影响。</translation>
    </message>
    <message>
        <source>Stages with the stage-only token %1; a maintainer approves each release with 2FA.</source>
        <translation>使用仅暂存令牌 %1 暂存，由维护者通过 2FA 批准每个版本。</translation>
    </message>
    <message>
        <source>No trusted publisher and no token of this account can publish %1.</source>
        <translation>没有可信发布者，也没有此账户的令牌可以发布 %1。</translation>
    </message>
    <message>
        <source>TokenDesk could not read how %1 is published: %2 Nothing is guessed; try again when the registry answers.</source>
        <translation>TokenDesk 无法读取 %1 的发布方式：%2 不做任何推测；请在注册表响应后重试。</translation>
    </message>
</context>
<context>
    <name>td::PublishingModel</name>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>2027 年 1 月有风险</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>无发布途径</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>可信发布（直接）</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>可信发布（仅暂存）</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>仅暂存令牌</translation>
    </message>
    <message>
        <source>read and write token</source>
        <translation>读写令牌</translation>
    </message>
    <message>
        <source>token bypassing 2FA</source>
        <translation>绕过 2FA 的令牌</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing…</source>
        <translation>设置可信发布(&amp;T)…</translation>
    </message>
    <message>
        <source>Replace with a &amp;stage-only token…</source>
        <translation>替换为仅暂存令牌(&amp;S)…</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Ways to publish today</source>
        <translation>当前的发布方式</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>未知。</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>在 %1 中使用</translation>
    </message>
    <message>
        <source>Last release:</source>
        <translation>上次发布：</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>从未发布</translation>
    </message>
    <message>
        <source>by trusted publishing</source>
        <translation>通过可信发布</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>暂存后批准</translation>
    </message>
    <message>
        <source>with a token</source>
        <translation>使用令牌</translation>
    </message>
    <message>
        <source>the way it came is not known</source>
        <translation>发布方式未知</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>published by %1</source>
        <translation>由 %1 发布</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>有来源证明</translation>
    </message>
    <message>
        <source>no provenance</source>
        <translation>无来源证明</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Publish path</source>
        <translation>发布途径</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>td::PublishingTab</name>
    <message>
        <source>Filter packages</source>
        <translation>筛选包</translation>
    </message>
    <message>
        <source>Filter by package, path, verdict or reason…</source>
        <translation>按包、途径、结论或原因筛选…</translation>
    </message>
    <message>
        <source>Packages and their publish paths</source>
        <translation>包及其发布途径</translation>
    </message>
    <message>
        <source>Publish path details</source>
        <translation>发布途径详情</translation>
    </message>
    <message>
        <source>Way out…</source>
        <translation>解决办法…</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>Choose a package to see how it is published and what to do before January 2027.</source>
        <translation>选择一个包，查看它的发布方式以及在 2027 年 1 月之前需要做什么。</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>No packages surveyed yet.</source>
        <translation>尚未检查任何包。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) surveyed; none is known to be at risk in January 2027.</source>
        <translation>
            <numerusform>已检查 %n 个包；目前没有已知在 2027 年 1 月有风险的包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) stop publishing in January 2027 unless they move to trusted publishing or a stage-only token; npm has not announced the exact day.</source>
        <translation>
            <numerusform>%n 个包将于 2027 年 1 月停止发布，除非改用可信发布或仅暂存令牌；npm 尚未公布具体日期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PurposePage</name>
    <message>
        <source>What is the token for?</source>
        <translation>令牌的用途是什么？</translation>
    </message>
    <message>
        <source>A preset chooses the permission, the expiry and 2FA for you; you can change each of them on the next pages.</source>
        <translation>预设会为您选择权限、有效期和 2FA；您可以在后续页面中逐项更改。</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing instead</source>
        <translation>改为设置可信发布(&amp;T)</translation>
    </message>
    <message>
        <source>Set up trusted publishing instead</source>
        <translation>改为设置可信发布</translation>
    </message>
    <message>
        <source>CI publishes with a short-lived OIDC credential, so no token has to be stored in CI at all.</source>
        <translation>CI 使用短期有效的 OIDC 凭据发布，因此完全不需要在 CI 中保存令牌。</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRemoval</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Check its permissions, then try again.</source>
        <translation>请检查其权限，然后重试。</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRewriter</name>
    <message>
        <source>%1 holds a token but its permissions could not be limited to you (chmod 600 it).</source>
        <translation>%1 中存有令牌，但无法将其权限限制为仅您可访问（请对其执行 chmod 600）。</translation>
    </message>
    <message>
        <source>%1 was readable by others (%2); it is now %3</source>
        <translation>%1 原先可被他人读取（%2）；现在为 %3</translation>
    </message>
    <message>
        <source>%1 was changed by another program during the migration; it was left as is.</source>
        <translation>迁移期间 %1 被另一个程序更改；已保持原样。</translation>
    </message>
    <message>
        <source>%1 no longer holds the token being replaced; it was left as is.</source>
        <translation>%1 中已不再含有要替换的令牌；已保持原样。</translation>
    </message>
    <message>
        <source>Scan again and make a new plan.</source>
        <translation>请重新扫描并制定新的计划。</translation>
    </message>
    <message>
        <source>%1 was changed after TokenDesk wrote it, so it was not restored; the original is in %2.</source>
        <translation>TokenDesk 写入 %1 后它又被更改，因此未将其恢复；原始文件位于 %2。</translation>
    </message>
    <message>
        <source>The backup %1 does not match the original file; %2 was not restored.</source>
        <translation>备份 %1 与原始文件不一致；未恢复 %2。</translation>
    </message>
</context>
<context>
    <name>td::RegistryClient</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>您尚未登录 %1。</translation>
    </message>
    <message>
        <source>Sign in first (in TokenDesk&apos;s Accounts list, or with &apos;tokendesk-cli login&apos;).</source>
        <translation>请先登录（在 TokenDesk 的账户列表中，或使用“tokendesk-cli login”）。</translation>
    </message>
    <message>
        <source>The registry did not accept that one-time password.</source>
        <translation>注册表未接受该一次性密码。</translation>
    </message>
    <message>
        <source>This operation requires a one-time password from your authenticator.</source>
        <translation>此操作需要来自身份验证器的一次性密码。</translation>
    </message>
    <message>
        <source>It may have been mistyped or timed out; try again with a fresh code.</source>
        <translation>可能输入有误或已超时；请使用新的验证码重试。</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator, or approve the request in your browser, then try again.</source>
        <translation>请输入身份验证器中当前的验证码，或在浏览器中批准该请求，然后重试。</translation>
    </message>
    <message>
        <source>The registry does not allow this sign-in from your IP address.</source>
        <translation>注册表不允许从您的 IP 地址进行此登录。</translation>
    </message>
    <message>
        <source>The account or token is limited to certain IP ranges; connect from an allowed network or change the allowed ranges.</source>
        <translation>该账户或令牌仅限于特定 IP 范围；请从允许的网络连接，或更改允许的范围。</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>密码错误或缺失。</translation>
    </message>
    <message>
        <source>Check your npm password for %1 and type it again.</source>
        <translation>请检查您在 %1 的 npm 密码，然后重新输入。</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>您与 %1 的会话已结束。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>请重新登录以继续。</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 未接受该凭据。</translation>
    </message>
    <message>
        <source>The token may have expired or been revoked; sign in again or use another token.</source>
        <translation>令牌可能已过期或已被撤销；请重新登录或使用其他令牌。</translation>
    </message>
    <message>
        <source>The registry rejected the request.</source>
        <translation>注册表拒绝了该请求。</translation>
    </message>
    <message>
        <source>Check the values you entered.</source>
        <translation>请检查您输入的值。</translation>
    </message>
    <message>
        <source>The registry refused this action.</source>
        <translation>注册表拒绝执行此操作。</translation>
    </message>
    <message>
        <source>Check that your account may do this. Tokens that bypass 2FA cannot manage tokens or trust settings; sign in with a session instead.</source>
        <translation>请检查您的账户是否有权执行此操作。绕过 2FA 的令牌无法管理令牌或信任设置；请改用会话登录。</translation>
    </message>
    <message>
        <source>The registry could not find what was asked for.</source>
        <translation>注册表找不到所请求的内容。</translation>
    </message>
    <message>
        <source>Check the name. npm also answers “not found” when you lack permission to see something.</source>
        <translation>请检查名称。当您无权查看某项内容时，npm 也会返回“not found”。</translation>
    </message>
    <message>
        <source>This already exists on the registry.</source>
        <translation>注册表中已存在此项。</translation>
    </message>
    <message>
        <source>Refresh, then change or remove the existing one first.</source>
        <translation>请刷新，然后先更改或移除现有项。</translation>
    </message>
    <message>
        <source>The registry could not process the request.</source>
        <translation>注册表无法处理该请求。</translation>
    </message>
    <message>
        <source>The registry is limiting how fast requests may be made.</source>
        <translation>注册表正在限制请求频率。</translation>
    </message>
    <message>
        <source>Wait until %1 and try again.</source>
        <translation>请等到 %1 后重试。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The registry had an internal problem (HTTP %1).</source>
        <translation>注册表发生内部错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请几分钟后重试。</translation>
    </message>
    <message>
        <source>The registry answered HTTP %1.</source>
        <translation>注册表返回了 HTTP %1。</translation>
    </message>
    <message>
        <source>Check the request and try again.</source>
        <translation>请检查请求，然后重试。</translation>
    </message>
    <message>
        <source>%1 asks for a one-time password.</source>
        <translation>%1 要求提供一次性密码。</translation>
    </message>
    <message>
        <source>Signing in through the browser needs an interactive prompt.</source>
        <translation>通过浏览器登录需要交互式提示。</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser.</source>
        <translation>%1 不支持通过浏览器登录。</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead.</source>
        <translation>请改用用户名和密码登录。</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation>请检查两者，然后重试。</translation>
    </message>
    <message>
        <source>There is no user with the user name “%1”.</source>
        <translation>不存在用户名为“%1”的用户。</translation>
    </message>
    <message>
        <source>The registry&apos;s token list pages lead in a circle.</source>
        <translation>注册表的令牌列表页面形成了循环。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>a token given by its secret cannot be found in the token list.</source>
        <translation>无法在令牌列表中找到以机密值指定的令牌。</translation>
    </message>
    <message>
        <source>“%1” is not a valid registry address.</source>
        <translation>“%1”不是有效的注册表地址。</translation>
    </message>
    <message>
        <source>TokenDesk refuses to send credentials over unencrypted http to %1.</source>
        <translation>TokenDesk 拒绝通过未加密的 http 向 %1 发送凭据。</translation>
    </message>
    <message>
        <source>Use the registry&apos;s https:// address.</source>
        <translation>请使用注册表的 https:// 地址。</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation>“%1”不是 http(s) 地址。</translation>
    </message>
    <message>
        <source>The registry no longer recognises this sign-in.</source>
        <translation>注册表不再识别此登录。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>The registry sent an answer TokenDesk cannot read (%1).</source>
        <translation>注册表发送了 TokenDesk 无法读取的响应（%1）。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the registry may not be npm-compatible.</source>
        <translation>请重试；如果问题反复出现，该注册表可能与 npm 不兼容。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>请等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry&apos;s list of staged versions does not end.</source>
        <translation>注册表返回的暂存版本列表没有结尾。</translation>
    </message>
    <message>
        <source>%1 has no published release yet.</source>
        <translation>%1 还没有已发布的版本。</translation>
    </message>
    <message>
        <source>The registry answered &quot;not modified&quot; twice to a plain request for %1.</source>
        <translation>对于 %1 的普通请求，注册表两次回答了 &quot;not modified&quot;。</translation>
    </message>
    <message>
        <source>A proxy between you and the registry may be caching wrongly; try again later.</source>
        <translation>您与注册表之间的代理可能缓存有误；请稍后重试。</translation>
    </message>
</context>
<context>
    <name>td::RegistryExpiryText</name>
    <message>
        <source>token %1</source>
        <translation>令牌：%1</translation>
    </message>
    <message>
        <source>token expiry: GitHub says on the next refresh</source>
        <translation>令牌有效期：GitHub 会在下次刷新时告知</translation>
    </message>
    <message>
        <source>%1 (as GitHub reports)</source>
        <translation>%1（据 GitHub 报告）</translation>
    </message>
    <message>
        <source>%1 (12 hours from when TokenDesk stored it)</source>
        <translation>%1（自 TokenDesk 存储起 12 小时）</translation>
    </message>
    <message>
        <source>%1 (12 hours from when the .npmrc was written)</source>
        <translation>%1（自写入 .npmrc 起 12 小时）</translation>
    </message>
    <message>
        <source>token lasts 12 hours from &quot;aws codeartifact login&quot;</source>
        <translation>令牌自 &quot;aws codeartifact login&quot; 起有效 12 小时</translation>
    </message>
    <message>
        <source>%1 (date you entered)</source>
        <translation>%1（您输入的日期）</translation>
    </message>
    <message>
        <source>token never expires (as you entered)</source>
        <translation>令牌永不过期（根据您的输入）</translation>
    </message>
    <message>
        <source>token expiry not entered</source>
        <translation>未输入令牌有效期</translation>
    </message>
    <message>
        <source>expiry set by the registry</source>
        <translation>有效期由注册表设置</translation>
    </message>
</context>
<context>
    <name>td::RegistryKind</name>
    <message>
        <source>npm</source>
        <translation>npm</translation>
    </message>
    <message>
        <source>npm-compatible registry</source>
        <translation>npm 兼容注册表</translation>
    </message>
    <message>
        <source>Verdaccio</source>
        <translation>Verdaccio</translation>
    </message>
    <message>
        <source>GitHub Packages</source>
        <translation>GitHub Packages</translation>
    </message>
    <message>
        <source>AWS CodeArtifact</source>
        <translation>AWS CodeArtifact</translation>
    </message>
    <message>
        <source>Azure Artifacts</source>
        <translation>Azure Artifacts</translation>
    </message>
    <message>
        <source>other registry</source>
        <translation>其他注册表</translation>
    </message>
    <message>
        <source>GitHub Packages has no token API: manage personal access tokens in GitHub&apos;s settings.</source>
        <translation>GitHub Packages 没有令牌 API：请在 GitHub 的设置中管理个人访问令牌。</translation>
    </message>
    <message>
        <source>AWS CodeArtifact tokens come from &quot;aws codeartifact login&quot; and end by themselves after 12 hours.</source>
        <translation>AWS CodeArtifact 令牌由 &quot;aws codeartifact login&quot; 生成，12 小时后自动失效。</translation>
    </message>
    <message>
        <source>Azure Artifacts has no token API: manage personal access tokens in Azure DevOps&apos; user settings.</source>
        <translation>Azure Artifacts 没有令牌 API：请在 Azure DevOps 的用户设置中管理个人访问令牌。</translation>
    </message>
    <message>
        <source>This registry has no token API: manage its tokens where it issues them.</source>
        <translation>此注册表没有令牌 API：请在颁发令牌的地方管理它们。</translation>
    </message>
    <message>
        <source>%1 has no staged publishing; it is an npmjs feature.</source>
        <translation>%1 不支持暂存发布；这是 npmjs 的功能。</translation>
    </message>
    <message>
        <source>%1 has no trusted publishing; it is an npmjs feature.</source>
        <translation>%1 不支持可信发布；这是 npmjs 的功能。</translation>
    </message>
</context>
<context>
    <name>td::ReleaseChecksPresenter</name>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1：正在检查上次发布的版本…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more package(s) not checked)</source>
        <translation>
            <numerusform>（另有 %n 个包未检查）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot check the last release while signed out; sign in to this account.</source>
        <translation>%1：退出登录时无法检查上次发布的版本；请登录此账户。</translation>
    </message>
    <message>
        <source>%1@%2: %3</source>
        <translation>%1@%2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiff</name>
    <message>
        <source>The staged tarball has no package.json.</source>
        <translation>暂存的 tarball 中没有 package.json。</translation>
    </message>
    <message>
        <source>Runs a “%1” script on every install: %2</source>
        <translation>每次安装时都会运行“%1”脚本：%2</translation>
    </message>
    <message>
        <source>Adds binding.gyp: npm runs “node-gyp rebuild” on install.</source>
        <translation>添加了 binding.gyp：npm 会在安装时运行“node-gyp rebuild”。</translation>
    </message>
    <message>
        <source>Holds a link or special file npm does not install: %1</source>
        <translation>包含 npm 不会安装的链接或特殊文件：%1</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1：%2（之前为 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>已添加 %1：%2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>已删除 %1（之前为 %2）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>[file mode changed]</source>
        <translation>[文件模式已更改]</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 (no earlier release to compare with)</source>
        <translation>%1 %2（没有可供比较的早期版本）</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>打包大小</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>解包大小</translation>
    </message>
    <message>
        <source>Files: %1 (was %2)</source>
        <translation>文件：%1（之前为 %2）</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>请仔细检查：</translation>
    </message>
    <message>
        <source>package.json:</source>
        <translation>package.json：</translation>
    </message>
    <message>
        <source>no changes to scripts, dependencies, bin, exports or main</source>
        <translation>scripts、dependencies、bin、exports 和 main 均无更改</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 changed</source>
        <translation>文件：添加 %1 个，删除 %2 个，更改 %3 个</translation>
    </message>
    <message>
        <source>Binary or large file %1 differs.</source>
        <translation>二进制文件或大文件 %1 有差异。</translation>
    </message>
    <message>
        <source>%1 has too many lines for a line diff.</source>
        <translation>%1 行数过多，无法逐行比较差异。</translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiffHtml</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（之前为 %2）</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>已删除（之前为 %1）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>install script: runs on npm install</source>
        <translation>安装脚本：在 npm install 时运行</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>(file mode changed)</source>
        <translation>（文件模式已更改）</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Binary or large file: no text diff.</source>
        <translation>二进制文件或大文件：不显示文本差异。</translation>
    </message>
    <message>
        <source>Too many lines for a text diff.</source>
        <translation>行数过多，无法显示文本差异。</translation>
    </message>
    <message>
        <source>No text changes.</source>
        <translation>没有文本更改。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2: no earlier release to compare with</source>
        <translation>%1 %2：没有可供比较的早期版本</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>请仔细检查：</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>打包大小</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>解包大小</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>package.json</source>
        <translation>package.json</translation>
    </message>
    <message>
        <source>No changes to scripts, dependencies, bin, exports or main.</source>
        <translation>scripts、dependencies、bin、exports 和 main 均无更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>%n 个文件有差异</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReleasesPresenter</name>
    <message numerus="yes">
        <source>%n open alarm(s): answer with &quot;It was me&quot; or &quot;Respond&quot;.</source>
        <translation>
            <numerusform>%n 个未处理的警报：请通过“是我发布的”或“应对”答复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n package(s).</source>
        <translation>
            <numerusform>正在监视 %n 个包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private package(s) go unwatched: store a read token for them.</source>
        <translation>
            <numerusform>%n 个私有包未被监视：请为它们保存一个读取令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish alarm: %1 %2</source>
        <translation>发布警报：%1 %2</translation>
    </message>
    <message>
        <source>A publish of %1 until %2 is expected: it raises no alarm.</source>
        <translation>已预期在 %2 之前发布 %1：不会触发警报。</translation>
    </message>
</context>
<context>
    <name>td::ReleasesView</name>
    <message>
        <source>Nothing watched yet. Sign in to an account that can publish packages: TokenDesk then watches every release of them.</source>
        <translation>尚未监视任何内容。请登录一个可以发布包的账户：TokenDesk 随后会监视这些包的每个版本。</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>发布记录</translation>
    </message>
    <message>
        <source>Release details</source>
        <translation>发布详细信息</translation>
    </message>
    <message>
        <source>It &amp;was me</source>
        <translation>是我发布的(&amp;W)</translation>
    </message>
    <message>
        <source>You published this yourself: close the alarm and remember it.</source>
        <translation>这是您自己发布的：关闭警报并记住它。</translation>
    </message>
    <message>
        <source>R&amp;espond…</source>
        <translation>应对(&amp;E)…</translation>
    </message>
    <message>
        <source>Lock the package down: stop further publishes and undo this one.</source>
        <translation>锁定该包：阻止后续发布并撤消此次发布。</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>You answered this alarm.</source>
        <translation>您已答复此警报。</translation>
    </message>
    <message>
        <source>Expect &amp;manual publish</source>
        <translation>预期手动发布(&amp;M)</translation>
    </message>
    <message>
        <source>Excl&amp;ude from watch</source>
        <translation>从监视中排除(&amp;U)</translation>
    </message>
    <message>
        <source>Expect a manual publish of %1 in the next hour</source>
        <translation>预期在接下来一小时内手动发布 %1</translation>
    </message>
    <message>
        <source>Incl&amp;ude in watch</source>
        <translation>加入监视(&amp;U)</translation>
    </message>
    <message>
        <source>Include %1 in the watch again</source>
        <translation>将 %1 重新加入监视</translation>
    </message>
    <message>
        <source>Exclude %1 from the watch</source>
        <translation>将 %1 从监视中排除</translation>
    </message>
</context>
<context>
    <name>td::ReplacementPlanner</name>
    <message>
        <source>Replaces &quot;%1&quot; (created by TokenDesk on %2)</source>
        <translation>替换“%1”（由 TokenDesk 于 %2 创建）</translation>
    </message>
    <message>
        <source>Created by TokenDesk on %1</source>
        <translation>由 TokenDesk 于 %1 创建</translation>
    </message>
    <message>
        <source>Publishing directly with tokens that bypass 2FA ends in January 2027. Use trusted publishing for CI, or a stage-only token and approve releases with 2FA.</source>
        <translation>使用绕过 2FA 的令牌直接发布将于 2027 年 1 月终止。请在 CI 中使用可信发布，或使用仅暂存令牌并通过 2FA 批准发布。</translation>
    </message>
    <message>
        <source>Classic tokens were revoked by npm in December 2025; a registry that still accepts this one is not npmjs.</source>
        <translation>经典令牌已于 2025 年 12 月被 npm 撤销；仍接受此令牌的注册表不是 npmjs。</translation>
    </message>
    <message>
        <source>Set up trusted publishing in the trusted publishing wizard; then remove the CI secret.</source>
        <translation>请在可信发布向导中设置可信发布，然后删除 CI 机密。</translation>
    </message>
    <message>
        <source>Update the CI secret %1 (%2:%3) with the new token.</source>
        <translation>请用新令牌更新 CI 机密 %1（%2:%3）。</translation>
    </message>
    <message>
        <source>Update the environment variable %1 with the new token.</source>
        <translation>请用新令牌更新环境变量 %1。</translation>
    </message>
    <message>
        <source>Update %1 by hand.</source>
        <translation>请手动更新 %1。</translation>
    </message>
    <message>
        <source>The old token stays valid until you confirm the places above are updated.</source>
        <translation>在您确认以上位置均已更新之前，旧令牌将保持有效。</translation>
    </message>
</context>
<context>
    <name>td::RepoInspector</name>
    <message>
        <source>%1 is not valid JSON (%2); it was skipped.</source>
        <translation>%1 不是有效的 JSON（%2）；已跳过。</translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml could not be read: %1</source>
        <translation>无法读取 pnpm-workspace.yaml：%1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>td::ResultPage</name>
    <message>
        <source>Your new token</source>
        <translation>您的新令牌</translation>
    </message>
    <message>
        <source>This is the only time npm shows the token. Copy it or put it to use now.</source>
        <translation>这是 npm 唯一一次显示该令牌。请立即复制或使用它。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>显示令牌</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>复制令牌</translation>
    </message>
    <message>
        <source>&amp;Try storing again</source>
        <translation>重试保存(&amp;T)</translation>
    </message>
    <message>
        <source>Try storing the token in the keychain again</source>
        <translation>再次尝试将令牌保存到密钥环</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>隐藏令牌</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使用令牌</translation>
    </message>
    <message>
        <source>&amp;User .npmrc</source>
        <translation>用户 .npmrc(&amp;U)</translation>
    </message>
    <message>
        <source>Add to the user .npmrc</source>
        <translation>添加到用户 .npmrc</translation>
    </message>
    <message>
        <source>P&amp;roject .npmrc</source>
        <translation>项目 .npmrc(&amp;R)</translation>
    </message>
    <message>
        <source>Add to a project&apos;s .npmrc</source>
        <translation>添加到项目的 .npmrc</translation>
    </message>
    <message>
        <source>.npmrc file to add the token to</source>
        <translation>要添加令牌的 .npmrc 文件</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>选择项目文件夹</translation>
    </message>
    <message>
        <source>&amp;Add to .npmrc</source>
        <translation>添加到 .npmrc(&amp;A)</translation>
    </message>
    <message>
        <source>Add the token to the chosen .npmrc</source>
        <translation>将令牌添加到所选的 .npmrc</translation>
    </message>
    <message>
        <source>Command that runs npm with the token</source>
        <translation>使用该令牌运行 npm 的命令</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation>复制命令(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>复制该命令</translation>
    </message>
    <message>
        <source>GitHub Actions: store the token as the repository secret %1 and pass it to npm with
%2</source>
        <translation>GitHub Actions：将令牌保存为仓库机密 %1，并通过以下方式传给 npm
%2</translation>
    </message>
    <message>
        <source>Copy secret &amp;name</source>
        <translation>复制机密名称(&amp;N)</translation>
    </message>
    <message>
        <source>Copy the GitHub Actions secret name</source>
        <translation>复制 GitHub Actions 机密名称</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>已复制。剪贴板将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in your keychain ✓</source>
        <translation>已保存到您的密钥环 ✓</translation>
    </message>
    <message>
        <source>Creates %1 (readable only by you) with this line:</source>
        <translation>将创建 %1（仅您可读取），内容为以下一行：</translation>
    </message>
    <message>
        <source>Replaces line %1 of %2 (the token there now) with this line; a backup is kept:</source>
        <translation>将用以下一行替换 %2 的第 %1 行（当前的令牌）；会保留备份：</translation>
    </message>
    <message>
        <source>Adds this line to %1; every other line stays as it is and a backup is kept:</source>
        <translation>将以下一行添加到 %1；其他各行保持不变，并会保留备份：</translation>
    </message>
    <message>
        <source>Written to %1, line %2.</source>
        <translation>已写入 %1 第 %2 行。</translation>
    </message>
    <message>
        <source>Written to %1, line %2. Backup: %3</source>
        <translation>已写入 %1 第 %2 行。备份：%3</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>选择文件夹(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>td::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check what the token will be able to do before it is created.</source>
        <translation>在创建之前，请检查该令牌能够执行的操作。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>需要修正的问题</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>描述：%1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>用途：%1</translation>
    </message>
    <message>
        <source>Packages: all packages, including new ones (%1)</source>
        <translation>包：所有包，包括新包（%1）</translation>
    </message>
    <message>
        <source>Packages and scopes: %1 (%2)</source>
        <translation>包和作用域：%1（%2）</translation>
    </message>
    <message>
        <source>Packages and scopes: none</source>
        <translation>包和作用域：无</translation>
    </message>
    <message>
        <source>Organizations: %1 (%2)</source>
        <translation>组织：%1（%2）</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>到期：%1</translation>
    </message>
    <message>
        <source>Usable from: any IP address</source>
        <translation>可用位置：任意 IP 地址</translation>
    </message>
    <message>
        <source>Usable from: %1</source>
        <translation>可用位置：%1</translation>
    </message>
    <message>
        <source>Two-factor authentication: bypassed</source>
        <translation>双因素身份验证：已绕过</translation>
    </message>
    <message>
        <source>Two-factor authentication: required to publish</source>
        <translation>双因素身份验证：发布时必需</translation>
    </message>
</context>
<context>
    <name>td::RevokeFlow</name>
    <message>
        <source>Revoke token</source>
        <translation>撤销令牌</translation>
    </message>
    <message>
        <source>Revoke the npm token &apos;%1&apos;?</source>
        <translation>撤销 npm 令牌“%1”？</translation>
    </message>
    <message>
        <source>Anything that still uses it (CI, an .npmrc) stops working at once. This cannot be undone.</source>
        <translation>仍在使用它的任何地方（CI、.npmrc）都会立即停止工作。此操作无法撤消。</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n line(s) that use it on this computer (backed up first)</source>
        <translation>
            <numerusform>同时移除此计算机上使用它的 %n 行（会先备份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Still used in:</source>
        <translation>仍在使用的位置：</translation>
    </message>
    <message>
        <source>Its lines on this computer were not removed: %1</source>
        <translation>未移除它在此计算机上的相关行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that used it removed; backups in %1.</source>
        <translation>
            <numerusform>已移除使用它的 %n 行；备份位于 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ScopeSummary</name>
    <message>
        <source>all packages</source>
        <translation>所有包</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 个包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n 个作用域</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (org)</source>
        <translation>%1（组织）</translation>
    </message>
    <message numerus="yes">
        <source>%n org(s)</source>
        <translation>
            <numerusform>%n 个组织</numerusform>
        </translation>
    </message>
    <message>
        <source>no packages</source>
        <translation>无软件包</translation>
    </message>
</context>
<context>
    <name>td::SessionExpiryNotice</name>
    <message numerus="yes">
        <source>Your npm session for %1 ends in %n minute(s). Sign in again to keep working.</source>
        <translation>
            <numerusform>您在 %1 的 npm 会话将在 %n 分钟后结束。请重新登录以继续工作。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SessionManager</name>
    <message>
        <source>TokenDesk keeps sessions only in the system keychain, and it cannot be used: %1</source>
        <translation>TokenDesk 只将会话保存在系统密钥环中，但密钥环无法使用：%1</translation>
    </message>
    <message>
        <source>Unlock or set up the keychain, then sign in again. Nothing was saved.</source>
        <translation>请解锁或设置密钥环，然后重新登录。未保存任何内容。</translation>
    </message>
    <message>
        <source>Signing in with a password needs a user name and a password.</source>
        <translation>使用密码登录需要用户名和密码。</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead (for tokendesk-cli: login --auth-type legacy).</source>
        <translation>请改用用户名和密码登录（对于 tokendesk-cli：login --auth-type legacy）。</translation>
    </message>
    <message>
        <source>The session could not be stored in the keychain: %1</source>
        <translation>无法将会话保存到密钥环：%1</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>不存在账户“%1”。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>请重新登录以继续。</translation>
    </message>
    <message>
        <source>You are not signed in as %1.</source>
        <translation>您未以 %1 身份登录。</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>您与 %1 的会话已结束。</translation>
    </message>
    <message>
        <source>You are signed out of %1.</source>
        <translation>您已退出 %1。</translation>
    </message>
    <message>
        <source>Your session with %1 is not in the keychain.</source>
        <translation>您与 %1 的会话不在密钥环中。</translation>
    </message>
</context>
<context>
    <name>td::SettingsDialog</name>
    <message>
        <source>TokenDesk settings</source>
        <translation>TokenDesk 设置</translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation>过期前提醒</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 14d, 7d, 3d, 1d, 1h. TokenDesk also warns when a token has expired.</source>
        <translation>以逗号分隔，例如 14d, 7d, 3d, 1d, 1h。令牌过期时 TokenDesk 也会提醒。</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>过期前提醒(&amp;W)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>清除已复制的令牌的时间(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Start TokenDesk in the tray when I log in</source>
        <translation>登录系统时在托盘中启动 TokenDesk(&amp;S)</translation>
    </message>
    <message>
        <source>Write each warning as a number and d, h or m, separated by commas, e.g. 14d, 7d, 1h.</source>
        <translation>每个提醒写成数字加 d、h 或 m，以逗号分隔，例如 14d, 7d, 1h。</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>CI runs already queued still use the old token: TokenDesk revokes it only this long after every CI secret holds the new one.</source>
        <translation>已排队的 CI 运行仍会使用旧令牌：TokenDesk 会在所有 CI 机密都存有新令牌后再等待这段时间，然后才撤销旧令牌。</translation>
    </message>
    <message>
        <source>&amp;Revoke the old token after:</source>
        <translation>撤销旧令牌的等待时间(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;I services</source>
        <translation>CI 服务(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;ublish watch</source>
        <translation>发布监视(&amp;U)</translation>
    </message>
</context>
<context>
    <name>td::SignInDialog</name>
    <message>
        <source>Sign in to an npm registry</source>
        <translation>登录 npm 注册表</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>注册表地址</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>使用浏览器登录（推荐）(&amp;B)</translation>
    </message>
    <message>
        <source>Sign in with user &amp;name and password</source>
        <translation>使用用户名和密码登录(&amp;N)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <source>optional: asked for when needed</source>
        <translation>可选：需要时会询问</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>注册表(&amp;R)：</translation>
    </message>
    <message>
        <source>The sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.
If no page opened, visit: %1
Waiting for approval…</source>
        <translation>登录页面已在浏览器中打开。请在那里登录；TokenDesk 会自动继续。
如果页面没有打开，请访问：%1
正在等待批准…</translation>
    </message>
    <message>
        <source>Waiting for your one-time password…</source>
        <translation>正在等待您的一次性密码…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>“%1” is not a registry address.</source>
        <translation>“%1”不是注册表地址。</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in page…</source>
        <translation>正在向 %1 请求登录页面…</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>正在以 %2 身份登录 %1…</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser. Enter your user name and password instead.</source>
        <translation>%1 不支持通过浏览器登录。请改为输入用户名和密码。</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>复制地址(&amp;Y)</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself:
%1
Waiting for approval…</source>
        <translation>无法打开网页浏览器。请在浏览器中打开以下地址并在那里登录；TokenDesk 会自动继续：
%1
正在等待批准…</translation>
    </message>
</context>
<context>
    <name>td::StageErrors</name>
    <message>
        <source>stage-id must be a valid UUID</source>
        <translation>stage-id 必须是有效的 UUID</translation>
    </message>
    <message>
        <source>Copy the id from &apos;stage list&apos;, for example 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</source>
        <translation>请从“stage list”的输出中复制 ID，例如 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b。</translation>
    </message>
    <message>
        <source>No staged version with id %1 waits on the registry.</source>
        <translation>注册表上没有 ID 为 %1 的待处理暂存版本。</translation>
    </message>
    <message>
        <source>It may have been approved or rejected already, or it is not yours to see. Run &apos;stage list&apos; for the versions that wait.</source>
        <translation>它可能已被批准或拒绝，或者您无权查看。运行“stage list”可查看等待处理的版本。</translation>
    </message>
    <message>
        <source>Staged version %1 is still being validated by the registry and cannot be approved yet.</source>
        <translation>暂存版本 %1 仍在由注册表验证，暂时无法批准。</translation>
    </message>
    <message>
        <source>Wait a few minutes until its status is “staged”, then approve it.</source>
        <translation>请等待几分钟，直到其状态变为“staged”，然后再批准。</translation>
    </message>
    <message>
        <source>The registry already has this version, published or staged (%1).</source>
        <translation>注册表中已有此版本，已发布或已暂存（%1）。</translation>
    </message>
    <message>
        <source>Reject this stage, or stage a new version number.</source>
        <translation>请拒绝此暂存，或以新的版本号进行暂存。</translation>
    </message>
    <message>
        <source>Approving or rejecting a staged version needs two-factor authentication on your npm account.</source>
        <translation>批准或拒绝暂存版本需要您的 npm 账户启用双因素身份验证。</translation>
    </message>
    <message>
        <source>Turn on 2FA in your npm account settings, then try again.</source>
        <translation>请在 npm 账户设置中启用 2FA，然后重试。</translation>
    </message>
    <message>
        <source>The registry does not let this account approve or reject staged versions of this package.</source>
        <translation>注册表不允许此账户批准或拒绝此包的暂存版本。</translation>
    </message>
    <message>
        <source>Stage-only and trusted-publishing tokens cannot approve; sign in as a maintainer of the package.</source>
        <translation>仅暂存令牌和可信发布令牌无法批准；请以该包维护者的身份登录。</translation>
    </message>
</context>
<context>
    <name>td::StageInbox</name>
    <message>
        <source>Sign in to %1 as %2 to see its staged versions.</source>
        <translation>请以 %2 身份登录 %1 以查看其暂存版本。</translation>
    </message>
</context>
<context>
    <name>td::StagePresenter</name>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval.</source>
        <translation>
            <numerusform>%n 个暂存版本正在等待您的批准。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing staged waits for your approval.</source>
        <translation>没有等待您批准的暂存版本。</translation>
    </message>
    <message numerus="yes">
        <source>Approving %1 of %n…</source>
        <translation>
            <numerusform>正在批准第 %1 个（共 %n 个）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %1 of %n…</source>
        <translation>
            <numerusform>正在拒绝第 %1 个（共 %n 个）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a staged version to see what changed.</source>
        <translation>选择一个暂存版本以查看更改内容。</translation>
    </message>
    <message>
        <source>%1 has no release yet: npm created this placeholder when the package was first staged. It is not a release; approve the staged version itself.</source>
        <translation>%1 还没有任何版本：此占位符是 npm 在首次暂存该包时创建的。它不是一个版本；请批准暂存版本本身。</translation>
    </message>
    <message>
        <source>This staged version was rejected.</source>
        <translation>此暂存版本已被拒绝。</translation>
    </message>
    <message>
        <source>Comparing %1 with the last release…</source>
        <translation>正在将 %1 与上一个版本进行比较…</translation>
    </message>
    <message>
        <source>The changes could not be loaded: %1 Select the version again to retry.</source>
        <translation>无法加载更改：%1 请重新选择该版本以重试。</translation>
    </message>
    <message>
        <source>Approve staged version</source>
        <translation>批准暂存版本</translation>
    </message>
    <message>
        <source>Approve %1 %2?</source>
        <translation>要批准 %1 %2 吗？</translation>
    </message>
    <message>
        <source>It is published with the tag &quot;%1&quot; and can be installed at once. Your second factor confirms it.</source>
        <translation>它将以标签“%1”发布，并可立即安装。需要您的第二重验证来确认。</translation>
    </message>
    <message>
        <source>&amp;Approve %1</source>
        <translation>批准 %1(&amp;A)</translation>
    </message>
    <message>
        <source>Reject staged version</source>
        <translation>拒绝暂存版本</translation>
    </message>
    <message>
        <source>Reject %1 %2?</source>
        <translation>要拒绝 %1 %2 吗？</translation>
    </message>
    <message>
        <source>The staged version and its tarball are deleted from the registry. This cannot be undone. Your second factor confirms it.</source>
        <translation>暂存版本及其 tarball 将从注册表中删除。此操作无法撤消。需要您的第二重验证来确认。</translation>
    </message>
    <message>
        <source>&amp;Reject %1</source>
        <translation>拒绝 %1(&amp;R)</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace %1:</source>
        <translation>按工作区 %1 的依赖顺序：</translation>
    </message>
    <message>
        <source>Oldest first:</source>
        <translation>从旧到新：</translation>
    </message>
    <message>
        <source>%1. %2 %3 (tag %4)</source>
        <translation>%1. %2 %3（标签 %4）</translation>
    </message>
    <message>
        <source>Approve staged versions</source>
        <translation>批准暂存版本</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n staged version(s)?</source>
        <translation>
            <numerusform>要批准 %n 个暂存版本吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>批准 %n 个(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::StagedReleaseModel</name>
    <message>
        <source>npm created this placeholder when the package was first staged. It is not a release and cannot be approved.</source>
        <translation>此占位符是 npm 在首次暂存该包时创建的。它不是一个版本，无法批准。</translation>
    </message>
    <message>
        <source>placeholder, not a release</source>
        <translation>占位符，不是版本</translation>
    </message>
    <message>
        <source>%1 (trusted automation)</source>
        <translation>%1（可信自动化）</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1（用户）</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Approved (tag %1)</source>
        <translation>已批准（标签 %1）</translation>
    </message>
    <message>
        <source>Rejected and deleted</source>
        <translation>已拒绝并删除</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Not attempted (an earlier one failed)</source>
        <translation>未尝试（之前的一项失败）</translation>
    </message>
    <message>
        <source>Not a release</source>
        <translation>不是版本</translation>
    </message>
    <message>
        <source>Validating on the registry</source>
        <translation>正在注册表上验证</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>等待您检查</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Staged by</source>
        <translation>暂存者</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>暂存时间</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>检查状态</translation>
    </message>
</context>
<context>
    <name>td::StagedReleasesTab</name>
    <message>
        <source>Staged releases</source>
        <translation>暂存版本</translation>
    </message>
    <message>
        <source>Changes against the last release</source>
        <translation>与上一个版本相比的更改</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Approve the selected staged version</source>
        <translation>批准所选的暂存版本</translation>
    </message>
    <message>
        <source>Publish the selected version (Ctrl+Return)</source>
        <translation>发布所选版本（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <source>Reject the selected staged version</source>
        <translation>拒绝所选的暂存版本</translation>
    </message>
    <message>
        <source>Delete the selected staged version (Ctrl+Delete)</source>
        <translation>删除所选的暂存版本（Ctrl+Delete）</translation>
    </message>
    <message>
        <source>Approve a&amp;ll in dependency order…</source>
        <translation>按依赖顺序全部批准(&amp;L)…</translation>
    </message>
    <message>
        <source>Approve every waiting staged version</source>
        <translation>批准所有等待中的暂存版本</translation>
    </message>
    <message>
        <source>Batch approval progress</source>
        <translation>批量批准进度</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>已批准 %1 个（共 %n 个）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SyncStatus</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>add an account to see its tokens</source>
        <translation>添加账户以查看其令牌</translation>
    </message>
    <message>
        <source>sign in to refresh</source>
        <translation>登录以刷新</translation>
    </message>
    <message>
        <source>sign in to see your tokens</source>
        <translation>登录以查看您的令牌</translation>
    </message>
</context>
<context>
    <name>td::TarballReader</name>
    <message>
        <source>TokenDesk does not open this tarball. Reject the staged version unless you know why it looks like this.</source>
        <translation>TokenDesk 不会打开此 tarball。除非您清楚它为何如此，否则请拒绝该暂存版本。</translation>
    </message>
    <message>
        <source>The tarball is %1 MB, more than the %2 MB TokenDesk reads.</source>
        <translation>该 tarball 大小为 %1 MB，超过了 TokenDesk 可读取的 %2 MB。</translation>
    </message>
    <message>
        <source>This is not a gzip-compressed tar archive (%1).</source>
        <translation>这不是 gzip 压缩的 tar 归档（%1）。</translation>
    </message>
    <message>
        <source>The tarball is damaged or not a tar archive (%1).</source>
        <translation>该 tarball 已损坏或不是 tar 归档（%1）。</translation>
    </message>
    <message>
        <source>The tarball holds more than %1 entries.</source>
        <translation>该 tarball 包含超过 %1 个条目。</translation>
    </message>
    <message>
        <source>The tarball holds an entry named “%1” that points outside the package folder.</source>
        <translation>该 tarball 包含一个名为“%1”的条目，它指向包文件夹之外。</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” is %2 MB, more than the %3 MB TokenDesk reads for one file.</source>
        <translation>该 tarball 中的条目“%1”大小为 %2 MB，超过了 TokenDesk 对单个文件可读取的 %3 MB。</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” cannot be read (%2).</source>
        <translation>无法读取该 tarball 中的条目“%1”（%2）。</translation>
    </message>
    <message>
        <source>The tarball unpacks to more than %1 MB.</source>
        <translation>该 tarball 解包后超过 %1 MB。</translation>
    </message>
    <message>
        <source>TokenDesk cannot open tarballs: %1</source>
        <translation>TokenDesk 无法打开 tarball：%1</translation>
    </message>
    <message>
        <source>Install libarchive13 (sudo apt install libarchive13), or reinstall TokenDesk&apos;s package, which depends on it.</source>
        <translation>请安装 libarchive13（sudo apt install libarchive13），或重新安装依赖它的 TokenDesk 软件包。</translation>
    </message>
</context>
<context>
    <name>td::TimelineView</name>
    <message>
        <source>Token timeline</source>
        <translation>令牌时间线</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>%1
Created: %2
Expires: %3 (%4)</source>
        <translation>%1
创建时间：%2
到期时间：%3（%4）</translation>
    </message>
    <message>
        <source>No tokens to show yet.</source>
        <translation>尚无可显示的令牌。</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>a notice threshold on the timeline: days from today</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>td::Token</name>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>仅暂存</translation>
    </message>
    <message>
        <source>publish (bypasses 2FA)</source>
        <translation>发布（绕过 2FA）</translation>
    </message>
    <message>
        <source>classic publish</source>
        <translation>经典发布</translation>
    </message>
    <message>
        <source>classic read-only</source>
        <translation>经典只读</translation>
    </message>
    <message>
        <source>classic automation</source>
        <translation>经典自动化</translation>
    </message>
    <message>
        <source>login session</source>
        <translation>登录会话</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>td::TokenActions</name>
    <message>
        <source>&apos;%1&apos; was not revoked: %2</source>
        <translation>“%1”未撤销：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was revoked.</source>
        <translation>“%1”已撤销。</translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; could not be read from the keychain: %2</source>
        <translation>无法从密钥环读取“%1”的机密值：%2</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; copied; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>已复制“%1”；剪贴板将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenCache</name>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>未知的格式版本</translation>
    </message>
    <message>
        <source>it belongs to another account</source>
        <translation>它属于另一个账户</translation>
    </message>
    <message>
        <source>no valid sync time</source>
        <translation>没有有效的同步时间</translation>
    </message>
    <message>
        <source>no token list</source>
        <translation>没有令牌列表</translation>
    </message>
    <message>
        <source>a token entry is damaged</source>
        <translation>某个令牌条目已损坏</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2); it was kept as %3.</source>
        <translation>保存的令牌列表 %1 已损坏（%2）；已将其保存为 %3。</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2).</source>
        <translation>保存的令牌列表 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>Refresh to download the list again.</source>
        <translation>请刷新以重新下载列表。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>td::TokenContextMenu</name>
    <message>
        <source>Token actions</source>
        <translation>令牌操作</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>复制 ID(&amp;I)</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>轮换(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>Show &amp;where used</source>
        <translation>显示使用位置(&amp;W)</translation>
    </message>
</context>
<context>
    <name>td::TokenCreation</name>
    <message>
        <source>The token was created, but it could not be stored in your keychain (%1). Copy it now or try storing it again: it will not be shown again after you close this window.</source>
        <translation>令牌已创建，但无法保存到您的密钥环（%1）。请立即复制，或再次尝试保存：关闭此窗口后将不再显示它。</translation>
    </message>
</context>
<context>
    <name>td::TokenCreationService</name>
    <message>
        <source>A token is already being created.</source>
        <translation>已在创建令牌。</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create a token.</source>
        <translation>请输入您的 npm 密码：npm 创建令牌时需要它。</translation>
    </message>
    <message>
        <source>There is no token to store.</source>
        <translation>没有要保存的令牌。</translation>
    </message>
    <message>
        <source>The registry asks for a one-time password, but the window that asked for this token is closed.</source>
        <translation>注册表要求提供一次性密码，但请求此令牌的窗口已关闭。</translation>
    </message>
    <message>
        <source>Create the token again.</source>
        <translation>请重新创建令牌。</translation>
    </message>
</context>
<context>
    <name>td::TokenDetailsPane</name>
    <message>
        <source>Token details</source>
        <translation>令牌详情</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>轮换(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>Select a token to see its permissions, scopes and where it is used.</source>
        <translation>选择一个令牌以查看其权限、作用域和使用位置。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>所有包</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>包和作用域</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>允许的 IP 范围</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>任意地址</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>绕过 2FA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>never or unknown</source>
        <translation>从未或未知</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密值</translation>
    </message>
    <message>
        <source>in your keychain</source>
        <translation>在您的密钥环中</translation>
    </message>
    <message>
        <source>not stored by TokenDesk</source>
        <translation>未由 TokenDesk 保存</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>尚未扫描</translation>
    </message>
    <message>
        <source>not used on this computer</source>
        <translation>未在此计算机上使用</translation>
    </message>
    <message>
        <source>Used on this machine</source>
        <translation>在此计算机上的使用</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 s</source>
        <translation>复制令牌；剪贴板将在 30 秒后清除</translation>
    </message>
    <message>
        <source>TokenDesk does not hold this token&apos;s secret</source>
        <translation>TokenDesk 未保存此令牌的机密值</translation>
    </message>
    <message>
        <source>In CI</source>
        <translation>CI 中使用</translation>
    </message>
    <message>
        <source>Connect a CI service…</source>
        <translation>连接 CI 服务…</translation>
    </message>
    <message>
        <source>Last releases</source>
        <translation>上次发布的版本</translation>
    </message>
</context>
<context>
    <name>td::TokenDraft</name>
    <message>
        <source>Publish from CI</source>
        <translation>从 CI 发布</translation>
    </message>
    <message>
        <source>Install private packages in CI</source>
        <translation>在 CI 中安装私有包</translation>
    </message>
    <message>
        <source>Publish from this computer</source>
        <translation>从此计算机发布</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message numerus="yes">
        <source>Read-only for %n days: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</source>
        <translation>
            <numerusform>只读、有效期 %n 天：它可以安装您的私有包，但永远不能发布，且只读令牌不需要 2FA。只读令牌没有最长有效期；TokenDesk 会在过期前提醒您。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write for %n days, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</source>
        <translation>
            <numerusform>读写、有效期 %n 天（npm 的默认值）。它不绕过 2FA：每次发布都由您亲自确认，因此被盗的副本无法单独发布。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n days.</source>
        <translation>
            <numerusform>从 npm 的默认值（只读、%n 天）开始，自行选择每项设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a permission for the packages and scopes; &apos;no access&apos; grants nothing.</source>
        <translation>请为包和作用域选择权限；“无访问权限”不授予任何权限。</translation>
    </message>
    <message>
        <source>Choose a permission for the organizations; &apos;no access&apos; grants nothing.</source>
        <translation>请为组织选择权限；“无访问权限”不授予任何权限。</translation>
    </message>
    <message>
        <source>Usable from any IP address: add an IP range to limit where it works.</source>
        <translation>可从任意 IP 地址使用：添加 IP 范围以限制其可用位置。</translation>
    </message>
    <message numerus="yes">
        <source>Can publish all %n package(s), and new packages too.</source>
        <translation>
            <numerusform>可以发布全部 %n 个包，以及新包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can stage releases of all %n package(s), and of new packages too.</source>
        <translation>
            <numerusform>可以暂存全部 %n 个包及新包的版本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): you will be reminded.</source>
        <translation>
            <numerusform>%n 天后过期：届时会提醒您。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write (stage only) for %n days: CI stages each release without 2FA, and you approve it with 2FA before it goes live. This keeps working after npm ends direct publishing with tokens in January 2027, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all.</source>
        <translation>
            <numerusform>读写（仅暂存），有效期 %n 天：CI 无需 2FA 即可暂存每个版本，由您在其上线前通过 2FA 批准。npm 于 2027 年 1 月终止使用令牌直接发布后，它仍可继续使用；而允许的最长有效期意味着更少的轮换（TokenDesk 会在它过期前提醒您）。更好的做法是使用可信发布：CI 将完全不需要令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>npm ends direct publishing with bypass-2FA tokens in January 2027; the exact day is not announced, and npm&apos;s documentation words it for every token that publishes directly. After that day this token may no longer publish. Choose &quot;Read and write (stage only)&quot; to stage releases that you approve with 2FA, or use trusted publishing.</source>
        <translation>npm 将于 2027 年 1 月终止使用绕过 2FA 的令牌直接发布；具体日期尚未公布，且 npm 的文档将其表述为适用于所有直接发布的令牌。在那之后，此令牌可能无法再发布。请选择“读写（仅暂存）”来暂存需您通过 2FA 批准的版本，或使用可信发布。</translation>
    </message>
    <message>
        <source>Can publish every package of this account, and new packages too.</source>
        <translation>可以发布此账户的所有包，包括新包。</translation>
    </message>
    <message>
        <source>Can stage releases of every package of this account, and of new packages too.</source>
        <translation>可以暂存此账户所有包的版本，包括新包。</translation>
    </message>
    <message>
        <source>Can publish %1.</source>
        <translation>可以发布 %1。</translation>
    </message>
    <message>
        <source>Can publish every package in %1, and new ones there too.</source>
        <translation>可以发布 %1 中的所有包，包括其中的新包。</translation>
    </message>
    <message>
        <source>Can add and remove members and teams in %1.</source>
        <translation>可以在 %1 中添加和移除成员和团队。</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a code. npm plans to end publishing with such tokens in January 2027.</source>
        <translation>绕过双因素身份验证：任何持有它的人都无需验证码即可发布。npm 计划于 2027 年 1 月终止使用此类令牌发布。</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryDialog</name>
    <message>
        <source>Set token expiry</source>
        <translation>设置令牌有效期</translation>
    </message>
    <message>
        <source>This registry does not say when the token of %1 ends. Enter the last day it works (as shown where you created it), and TokenDesk counts down and warns you in time.</source>
        <translation>此注册表未告知 %1 的令牌何时到期。请输入令牌可用的最后一天（即创建令牌时显示的日期），TokenDesk 会进行倒计时并及时提醒您。</translation>
    </message>
    <message>
        <source>Last day the token works</source>
        <translation>令牌可用的最后一天</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
    <message>
        <source>From today:</source>
        <translation>距今天：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>The token &amp;never expires</source>
        <translation>令牌永不过期(&amp;N)</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryEntry</name>
    <message>
        <source>The account %1 is no longer in TokenDesk.</source>
        <translation>账户 %1 已不在 TokenDesk 中。</translation>
    </message>
    <message>
        <source>Sign in again, then set the token&apos;s expiry.</source>
        <translation>请重新登录，然后设置令牌的有效期。</translation>
    </message>
    <message>
        <source>TokenDesk cannot store this expiry for %1.</source>
        <translation>TokenDesk 无法为 %1 存储此有效期。</translation>
    </message>
    <message>
        <source>This registry&apos;s tokens end on a date; enter that date.</source>
        <translation>此注册表的令牌在某个日期到期；请输入该日期。</translation>
    </message>
</context>
<context>
    <name>td::TokenIdentity</name>
    <message>
        <source>no value here</source>
        <translation>此处无值</translation>
    </message>
    <message>
        <source>npm token</source>
        <translation>npm 令牌</translation>
    </message>
    <message>
        <source>classic token (old UUID format)</source>
        <translation>经典令牌（旧的 UUID 格式）</translation>
    </message>
    <message>
        <source>placeholder, not a real token</source>
        <translation>占位符，不是真实令牌</translation>
    </message>
    <message>
        <source>other credential</source>
        <translation>其他凭据</translation>
    </message>
</context>
<context>
    <name>td::TokenListModel</name>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>包和作用域</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>绕过 2FA</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>在密钥环中</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027 (the exact day is not announced). Move this token&apos;s packages to trusted publishing or to a stage-only token.</source>
        <translation>npm 将于 2027 年 1 月终止使用令牌直接发布（具体日期尚未公布）。请将此令牌的包迁移到可信发布或仅暂存令牌。</translation>
    </message>
    <message>
        <source>Stages releases that you approve with 2FA; keeps working after January 2027.</source>
        <translation>暂存需您通过 2FA 批准的版本；2027 年 1 月之后仍可使用。</translation>
    </message>
    <message>
        <source>stops publishing in January 2027</source>
        <translation>将于 2027 年 1 月停止发布</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>仅暂存</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a second factor.</source>
        <translation>绕过双因素身份验证：任何持有它的人都无需第二重验证即可发布。</translation>
    </message>
</context>
<context>
    <name>td::TokenListPresenter</name>
    <message>
        <source>Refresh failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
</context>
<context>
    <name>td::TokenMatcher</name>
    <message>
        <source>This credential is for %1, not for this account&apos;s registry.</source>
        <translation>此凭据用于 %1，而不是此账户的注册表。</translation>
    </message>
    <message>
        <source>The value is stored in the CI service, not on this computer.</source>
        <translation>该值保存在 CI 服务中，而不在此计算机上。</translation>
    </message>
    <message>
        <source>The variable %1 is not set here.</source>
        <translation>此处未设置变量 %1。</translation>
    </message>
    <message>
        <source>This is actions/setup-node&apos;s placeholder, not a real token.</source>
        <translation>这是 actions/setup-node 的占位符，不是真实令牌。</translation>
    </message>
    <message>
        <source>A user name and password, not a token: nothing to match.</source>
        <translation>这是用户名和密码，而不是令牌：无可匹配内容。</translation>
    </message>
    <message>
        <source>The token was revoked or has expired.</source>
        <translation>该令牌已被撤销或已过期。</translation>
    </message>
    <message>
        <source>%1 tokens share the masked form %2; TokenDesk cannot tell which one this is.</source>
        <translation>%1 个令牌具有相同的掩码形式 %2；TokenDesk 无法判断是哪一个。</translation>
    </message>
    <message>
        <source>Matched by its masked form only.</source>
        <translation>仅通过掩码形式匹配。</translation>
    </message>
    <message>
        <source>Not one of this account&apos;s tokens, and not checked online.</source>
        <translation>不是此账户的令牌，且未在线检查。</translation>
    </message>
    <message>
        <source>The registry rejects it (401).</source>
        <translation>注册表拒绝了它（401）。</translation>
    </message>
    <message>
        <source>It works (user %1) but is not in this account&apos;s token list: a session token or another account&apos;s token.</source>
        <translation>它有效（用户 %1），但不在此账户的令牌列表中：是会话令牌或其他账户的令牌。</translation>
    </message>
    <message>
        <source>Matched by its masked form; the registry could not confirm it: %1</source>
        <translation>已通过掩码形式匹配；注册表无法确认：%1</translation>
    </message>
    <message>
        <source>A client certificate in files, not a token: nothing to match.</source>
        <translation>文件中的客户端证书，而不是令牌：没有可核对的内容。</translation>
    </message>
</context>
<context>
    <name>td::TokenPolicy</name>
    <message>
        <source>Give the token a name.</source>
        <translation>请为令牌命名。</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long (it has %2).</source>
        <translation>名称最多 %1 个字符（当前为 %2 个）。</translation>
    </message>
    <message>
        <source>The name can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>名称只能包含字母、数字、空格、“-”和“_”，不能包含“%1”。</translation>
    </message>
    <message>
        <source>The description can be at most %1 characters long (it has %2).</source>
        <translation>描述最多 %1 个字符（当前为 %2 个）。</translation>
    </message>
    <message>
        <source>The description can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>描述只能包含字母、数字、空格、“-”和“_”，不能包含“%1”。</translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation>请选择到期日期。</translation>
    </message>
    <message>
        <source>Choose an expiry date at least one day ahead.</source>
        <translation>请选择至少一天之后的到期日期。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid npm package name: %2.</source>
        <translation>“%1”不是有效的 npm 包名：%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no name after the &apos;@&apos;.</source>
        <translation>“%1”在“@”之后没有名称。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a package name; a scope has no &apos;/&apos;.</source>
        <translation>“%1”是包名；作用域不含“/”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot start with &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>“%1”不能以“.”、“_”或“-”开头。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lowercase.</source>
        <translation>“%1”必须为小写。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only contain URL-friendly characters.</source>
        <translation>“%1”只能包含 URL 安全的字符。</translation>
    </message>
    <message>
        <source>Enter a scope such as @acme.</source>
        <translation>请输入作用域，例如 @acme。</translation>
    </message>
    <message>
        <source>Enter an organization name.</source>
        <translation>请输入组织名称。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: enter the organization without &apos;@&apos;.</source>
        <translation>“%1”：输入组织时请不要带“@”。</translation>
    </message>
    <message>
        <source>CIDR whitelist can only contain IPv4 addresses, %1 is IPv6</source>
        <translation>CIDR 白名单只能包含 IPv4 地址，%1 是 IPv6 地址</translation>
    </message>
    <message>
        <source>CIDR whitelist contains invalid CIDR entry: %1</source>
        <translation>CIDR 白名单包含无效的 CIDR 条目：%1</translation>
    </message>
    <message>
        <source>A token can name at most %1 packages and scopes together (this one has %2). Use a scope or all packages instead.</source>
        <translation>一个令牌最多可以指定 %1 个包和作用域（此令牌有 %2 个）。请改用作用域或所有包。</translation>
    </message>
    <message>
        <source>A token can name at most %1 organizations (this one has %2).</source>
        <translation>一个令牌最多可以指定 %1 个组织（此令牌有 %2 个）。</translation>
    </message>
    <message>
        <source>You must give this token access to at least one package, scope, or organization.</source>
        <translation>您必须授予此令牌对至少一个包、作用域或组织的访问权限。</translation>
    </message>
    <message>
        <source>Stage-only applies to packages and scopes; for organizations choose no access, read-only or read and write.</source>
        <translation>仅暂存适用于包和作用域；对于组织，请选择无访问权限、只读或读写。</translation>
    </message>
    <message>
        <source>Bypass 2FA applies only to tokens that can write; a read-only token never asks for 2FA.</source>
        <translation>绕过 2FA 仅适用于可写令牌；只读令牌从不要求 2FA。</translation>
    </message>
    <message numerus="yes">
        <source>Invalid expiration value. Read-write tokens can only be valid for up to %n day(s).</source>
        <translation>
            <numerusform>有效期值无效。读写令牌的有效期最长只能为 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A token must be valid for at least %n day(s).</source>
        <translation>
            <numerusform>令牌的有效期至少为 %n 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenSync</name>
    <message>
        <source>TokenDesk does not know the account %1.</source>
        <translation>TokenDesk 不知道账户 %1。</translation>
    </message>
</context>
<context>
    <name>td::TokenUsage</name>
    <message>
        <source>CI uses secret %1 (%2)</source>
        <translation>CI 使用机密 %1（%2）</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
</context>
<context>
    <name>td::TrayController</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>&amp;Open TokenDesk</source>
        <translation>打开 TokenDesk(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>新建令牌(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>立即轮换</translation>
    </message>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval</source>
        <translation>
            <numerusform>%n 个暂存版本正在等待您的批准</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk · %1</source>
        <translation>TokenDesk · %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Review staged releases</source>
        <translation>检查暂存版本</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Move off this token…</source>
        <translation>从此令牌迁移…</translation>
    </message>
</context>
<context>
    <name>td::TrustApplyPage</name>
    <message>
        <source>Applying</source>
        <translation>正在应用</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Progress per package</source>
        <translation>每个包的进度</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>No trusted publisher to create.</source>
        <translation>没有要创建的可信发布者。</translation>
    </message>
    <message>
        <source>Not signed in: no trusted publisher was created.</source>
        <translation>未登录：未创建任何可信发布者。</translation>
    </message>
    <message>
        <source>%1 of %2 verified on the registry.</source>
        <translation>已在注册表上验证 %1 个，共 %2 个。</translation>
    </message>
</context>
<context>
    <name>td::TrustAudit</name>
    <message>
        <source>%1 allows staging only, but %2 runs npm publish: npm will answer &quot;OIDC permission denied for this action&quot;. Change the step to npm stage publish (tokendesk-cli trust workflow --apply).</source>
        <translation>%1 仅允许暂存，但 %2 运行的是 npm publish：npm 将返回 &quot;OIDC permission denied for this action&quot;。请将该步骤改为 npm stage publish（tokendesk-cli trust workflow --apply）。</translation>
    </message>
    <message>
        <source>%1 does not allow staging, but %2 runs npm stage publish. Allow it (--allow-stage-publish) or publish directly.</source>
        <translation>%1 不允许暂存，但 %2 运行的是 npm stage publish。请允许暂存（--allow-stage-publish）或直接发布。</translation>
    </message>
    <message>
        <source>%1 requires the environment &quot;%2&quot;, but no publish job of %3 runs in it, so npm will refuse the job&apos;s token. Set environment: %2 on the publish job, or recreate the config with the job&apos;s environment.</source>
        <translation>%1 要求环境“%2”，但 %3 中没有任何发布作业在该环境中运行，因此 npm 将拒绝该作业的令牌。请在发布作业上设置 environment: %2，或使用该作业的环境重新创建配置。</translation>
    </message>
    <message>
        <source>%1 allows direct npm publish: a release goes out without anyone approving it. Allow only npm stage publish unless you need direct publishing.</source>
        <translation>%1 允许直接 npm publish：版本发布无需任何人批准。除非您需要直接发布，否则请仅允许 npm stage publish。</translation>
    </message>
    <message>
        <source>%1 names no environment: any job of the workflow, on any branch, may publish. Name a protected environment.</source>
        <translation>%1 未指定环境：工作流的任何作业都可以从任何分支发布。请指定一个受保护的环境。</translation>
    </message>
    <message>
        <source>%1 trusts the repository %2, but package.json names %3.</source>
        <translation>%1 信任仓库 %2，但 package.json 中指定的是 %3。</translation>
    </message>
    <message>
        <source>%1 trusts the owner %2, but package.json names %3.</source>
        <translation>%1 信任所有者 %2，但 package.json 中指定的是 %3。</translation>
    </message>
    <message>
        <source>%1 names %2, which the repository does not have: that config cannot publish, or publishes from a file someone may add later. Revoke it or add the file.</source>
        <translation>%1 指定了仓库中不存在的 %2：该配置无法发布，或者会从日后有人添加的文件发布。请撤销该配置或添加该文件。</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrap</name>
    <message>
        <source>First publish of %1; revoke after trusted publishing is set up.</source>
        <translation>%1 的首次发布；设置可信发布后撤销。</translation>
    </message>
    <message>
        <source>limited to %1</source>
        <translation>仅限 %1</translation>
    </message>
    <message>
        <source>for all your packages, because %1 has no scope; it lives one day only</source>
        <translation>适用于您的所有包，因为 %1 没有作用域；有效期仅一天</translation>
    </message>
    <message>
        <source>Create a write token for one day, %1, without bypassing two-factor authentication.</source>
        <translation>创建一个有效期一天的写入令牌（%1），不绕过双因素身份验证。</translation>
    </message>
    <message>
        <source>Publish each package once from this computer with that token (npm publish asks for your one-time password), so the names exist on %1.</source>
        <translation>使用该令牌从此计算机将每个包发布一次（npm publish 会要求您的一次性密码），使这些名称在 %1 上存在。</translation>
    </message>
    <message>
        <source>Configure trusted publishing for the new packages and verify it.</source>
        <translation>为新包配置可信发布并进行验证。</translation>
    </message>
    <message>
        <source>Revoke the one-day token at once.</source>
        <translation>立即撤销有效期一天的令牌。</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrapPage</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>&amp;Publish for me</source>
        <translation>由 TokenDesk 发布(&amp;P)</translation>
    </message>
    <message>
        <source>I will publish once &amp;by hand</source>
        <translation>我将手动发布一次(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>First publish</source>
        <translation>首次发布</translation>
    </message>
    <message>
        <source>npm can only trust packages that already exist on the registry.</source>
        <translation>npm 只能信任注册表上已存在的包。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Bootstrap steps</source>
        <translation>引导步骤</translation>
    </message>
    <message>
        <source>your npm password (the registry asks for it to create a token)</source>
        <translation>您的 npm 密码（注册表创建令牌时需要）</translation>
    </message>
    <message>
        <source>npm password</source>
        <translation>npm 密码</translation>
    </message>
    <message>
        <source>%1 does not exist on the registry yet, and npm accepts a trusted publisher only for an existing package. TokenDesk can publish it once for you, safely: each step below shows its state, and the token is revoked at the end whatever happens.</source>
        <translation>%1 尚未在注册表上存在，而 npm 只接受为已存在的包设置可信发布者。TokenDesk 可以安全地为您发布一次：下面每个步骤都会显示其状态，且无论发生什么，最后都会撤销该令牌。</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk cannot publish for you. Publish once by hand, then run this wizard again.</source>
        <translation>未登录：TokenDesk 无法为您发布。请手动发布一次，然后再次运行此向导。</translation>
    </message>
    <message>
        <source>Type your npm password first: creating a token asks for it.</source>
        <translation>请先输入您的 npm 密码：创建令牌时需要它。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Publish each package once yourself, from its folder, signed in with npm login:</source>
        <translation>请使用 npm login 登录后，从每个包的文件夹中亲自发布一次：</translation>
    </message>
    <message>
        <source>Then run this wizard again: it configures trusted publishing for them.</source>
        <translation>然后再次运行此向导：它会为这些包配置可信发布。</translation>
    </message>
    <message>
        <source>Stopping; revoking the token…</source>
        <translation>正在停止；正在撤销令牌…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
</context>
<context>
    <name>td::TrustDonePage</name>
    <message>
        <source>&amp;Lock down: require 2FA and disallow tokens</source>
        <translation>锁定(&amp;L)：要求 2FA 并禁止令牌</translation>
    </message>
    <message>
        <source>C&amp;heck the last releases</source>
        <translation>检查最近的版本(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Clean up publish tokens…</source>
        <translation>清理发布令牌(&amp;C)…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Trusted publishing is configured and verified for: %1.</source>
        <translation>已为以下包配置并验证可信发布：%1。</translation>
    </message>
    <message>
        <source>Not configured: %1 (see the previous pages).</source>
        <translation>未配置：%1（请参阅前面的页面）。</translation>
    </message>
    <message>
        <source>Not published yet: %1. Publish once, then run this wizard again.</source>
        <translation>尚未发布：%1。请先发布一次，然后再次运行此向导。</translation>
    </message>
    <message>
        <source>Next steps: commit and push %1, then run the workflow. Afterwards, check the last releases, lock the packages down so only trusted publishing can publish, and revoke the publish tokens CI no longer needs.</source>
        <translation>后续步骤：提交并推送 %1，然后运行工作流。之后，检查最近的版本，锁定这些包使其只能通过可信发布来发布，并撤销 CI 不再需要的发布令牌。</translation>
    </message>
    <message>
        <source>the CI file</source>
        <translation>CI 文件</translation>
    </message>
    <message>
        <source>Locking down…</source>
        <translation>正在锁定…</translation>
    </message>
    <message>
        <source>Lock-down finished.</source>
        <translation>锁定已完成。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Lock-down is offered once %1 holds the trusted-publishing workflow: write it on the workflow page, or edit it by hand and run this wizard again.</source>
        <translation>%1 中包含可信发布工作流后才能进行锁定：请在工作流页面写入该工作流，或手动编辑后再次运行此向导。</translation>
    </message>
    <message>
        <source>Lock down</source>
        <translation>锁定</translation>
    </message>
    <message numerus="yes">
        <source>Lock down %n package(s)?</source>
        <translation>
            <numerusform>要锁定 %n 个包吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1, publishing will require two-factor authentication and the registry will refuse every token, classic or granular: only the trusted-publishing workflow in %2 can publish. CI jobs and computers that still publish with a token will fail. You can undo this in each package&apos;s settings on the registry.</source>
        <translation>对于 %1，发布将要求双因素身份验证，注册表将拒绝所有令牌（无论是经典令牌还是细粒度令牌）：只有 %2 中的可信发布工作流可以发布。仍在使用令牌发布的 CI 作业和计算机将会失败。您可以在注册表上每个包的设置中撤消此操作。</translation>
    </message>
    <message>
        <source>&amp;Lock down</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1：正在检查上次发布的版本…</translation>
    </message>
    <message>
        <source>%1@%2: %3</source>
        <translation>%1@%2：%3</translation>
    </message>
</context>
<context>
    <name>td::TrustEntity</name>
    <message>
        <source>GitHub repository</source>
        <translation>GitHub 仓库</translation>
    </message>
    <message>
        <source>GitLab project</source>
        <translation>GitLab 项目</translation>
    </message>
    <message>
        <source>Repository in package.json is not a %1 (%2).</source>
        <translation>package.json 中的仓库不是 %1（%2）。</translation>
    </message>
    <message>
        <source>Name the %1 with %2.</source>
        <translation>请使用 %2 指定 %1。</translation>
    </message>
    <message>
        <source>Repository in package.json (%1) differs from provided %2 (%3).</source>
        <translation>package.json 中的仓库（%1）与提供的 %2（%3）不同。</translation>
    </message>
    <message>
        <source>%1 must be specified with %2 or inferred from the package.json repository field.</source>
        <translation>必须使用 %2 指定 %1，或能从 package.json 的 repository 字段推断出它。</translation>
    </message>
    <message>
        <source>%1 must be specified with %2.</source>
        <translation>必须使用 %2 指定 %1。</translation>
    </message>
</context>
<context>
    <name>td::TrustFolderPage</name>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Choose the folder of the repository whose packages CI should publish.</source>
        <translation>请选择其包应由 CI 发布的仓库文件夹。</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>仓库文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>No publishable package.json was found in this folder.</source>
        <translation>在此文件夹中未找到可发布的 package.json。</translation>
    </message>
</context>
<context>
    <name>td::TrustPackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Tick the packages CI should publish through trusted publishing.</source>
        <translation>勾选 CI 应通过可信发布来发布的包。</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>On the registry</source>
        <translation>注册表上的状态</translation>
    </message>
    <message>
        <source>Not signed in: the registry state cannot be read.</source>
        <translation>未登录：无法读取注册表状态。</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>正在读取注册表…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Could not read the registry: %1</source>
        <translation>无法读取注册表：%1</translation>
    </message>
    <message>
        <source>Not published yet: needs a first publish (bootstrap)</source>
        <translation>尚未发布：需要首次发布（引导）</translation>
    </message>
    <message>
        <source>Published; no trusted publisher</source>
        <translation>已发布；没有可信发布者</translation>
    </message>
    <message numerus="yes">
        <source>Published; %n trusted publisher(s) configured</source>
        <translation>
            <numerusform>已发布；已配置 %n 个可信发布者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrustPlanner</name>
    <message>
        <source>The workflow file name is missing.</source>
        <translation>缺少工作流文件名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path; npm needs just the file name (for example publish.yml).</source>
        <translation>“%1”是一个路径；npm 只需要文件名（例如 publish.yml）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end in .yml or .yaml.</source>
        <translation>“%1”必须以 .yml 或 .yaml 结尾。</translation>
    </message>
    <message>
        <source>%1 has no &quot;repository&quot; field; npm rejects provenance without a matching repository.url.</source>
        <translation>%1 没有 &quot;repository&quot; 字段；没有匹配的 repository.url 时，npm 会拒绝来源证明。</translation>
    </message>
    <message>
        <source>The repository of %1 (&quot;%2&quot;) is not a URL TokenDesk understands.</source>
        <translation>%1 的仓库（“%2”）不是 TokenDesk 能理解的 URL。</translation>
    </message>
    <message>
        <source>The repository of %1 is %2, but the git remote is %3 (case-sensitive).</source>
        <translation>%1 的仓库是 %2，但 git 远程仓库是 %3（区分大小写）。</translation>
    </message>
    <message>
        <source>%1 lives in %2 but its repository.directory is &quot;%3&quot;.</source>
        <translation>%1 位于 %2，但其 repository.directory 为“%3”。</translation>
    </message>
    <message>
        <source>The registry could not be read for this package (%1). Go back to the packages page to read it again.</source>
        <translation>无法读取此包的注册表信息（%1）。请返回包页面重新读取。</translation>
    </message>
    <message>
        <source>%1 already has %2 trusted publishers, the most npm allows, and none matches this repository. Remove one first (tokendesk-cli trust list %1, then trust revoke %1 --id &lt;id&gt;).</source>
        <translation>%1 已有 %2 个可信发布者，达到 npm 允许的上限，且没有一个与此仓库匹配。请先移除一个（tokendesk-cli trust list %1，然后 trust revoke %1 --id &lt;id&gt;）。</translation>
    </message>
</context>
<context>
    <name>td::TrustProviderPage</name>
    <message>
        <source>&amp;Stage a publish for approval</source>
        <translation>暂存发布以待批准(&amp;S)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Where CI runs. The details come from the git remote; npm compares them exactly, letter case included.</source>
        <translation>CI 运行的位置。详细信息来自 git 远程仓库；npm 会精确比较，包括大小写。</translation>
    </message>
    <message>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <source>GitLab CI/CD</source>
        <translation>GitLab CI/CD</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repository / project path:</source>
        <translation>仓库/项目路径(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Workflow / CI file:</source>
        <translation>工作流/CI 文件(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>Allowed actions:</source>
        <translation>允许的操作：</translation>
    </message>
    <message>
        <source>Give the path as owner/repository and allow at least one action.</source>
        <translation>请以 owner/repository 形式提供路径，并至少允许一项操作。</translation>
    </message>
    <message>
        <source>Publish &amp;directly (npm publish)</source>
        <translation>直接发布（npm publish）(&amp;D)</translation>
    </message>
    <message>
        <source>Trusted publishing may still publish directly after npm&apos;s January 2027 cut-off, but every release then goes out without anyone approving it.</source>
        <translation>在 npm 2027 年 1 月的截止日期之后，可信发布仍可能直接发布，但那样每个版本的发布都无需任何人批准。</translation>
    </message>
</context>
<context>
    <name>td::TrustReviewPage</name>
    <message>
        <source>Review</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>What Apply will do. The registry asks for your second factor once.</source>
        <translation>“应用”将执行的操作。注册表只会要求一次第二重验证。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>写入 %1。</translation>
    </message>
    <message>
        <source>%1: create the trusted publisher.</source>
        <translation>%1：创建可信发布者。</translation>
    </message>
    <message>
        <source>%1: replace the differing trusted publisher.</source>
        <translation>%1：替换不一致的可信发布者。</translation>
    </message>
    <message>
        <source>%1: already configured; nothing to do.</source>
        <translation>%1：已配置；无需操作。</translation>
    </message>
    <message>
        <source>%1: not published yet. npm only trusts existing packages: after Apply, the next page publishes it once (a 1-day token limited to its scope, revoked right after) and then configures trusted publishing.</source>
        <translation>%1：尚未发布。npm 只信任已存在的包：点击“应用”后，下一页会将其发布一次（使用仅限其作用域、有效期 1 天并会随即撤销的令牌），然后配置可信发布。</translation>
    </message>
    <message>
        <source>%1: no room for another trusted publisher; nothing is sent.</source>
        <translation>%1：无法再添加可信发布者；不会发送任何内容。</translation>
    </message>
</context>
<context>
    <name>td::TrustService</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Removing the old configuration</source>
        <translation>正在移除旧配置</translation>
    </message>
    <message>
        <source>Creating the trust configuration</source>
        <translation>正在创建信任配置</translation>
    </message>
    <message>
        <source>Rate limited by the registry, waiting</source>
        <translation>受注册表速率限制，正在等待</translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation>正在回读</translation>
    </message>
    <message>
        <source>Configured and verified</source>
        <translation>已配置并验证</translation>
    </message>
    <message>
        <source>The registry holds a different configuration</source>
        <translation>注册表中存有不同的配置</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>将在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry answered the trusted-publisher request for %1 without the configuration it should send back, so it is not known whether one was created.</source>
        <translation>注册表响应了 %1 的可信发布者请求，但未返回应有的配置，因此无法确定是否已创建。</translation>
    </message>
    <message>
        <source>List the package&apos;s trusted publishers, then try again.</source>
        <translation>请列出该包的可信发布者，然后重试。</translation>
    </message>
    <message>
        <source>The new trusted publisher of %1 is in place, but the old one (%2) could not be removed: %3</source>
        <translation>%1 的新可信发布者已就位，但无法移除旧的可信发布者（%2）：%3</translation>
    </message>
    <message>
        <source>Remove it with &apos;tokendesk-cli trust revoke %1 --id %2&apos;.</source>
        <translation>请使用“tokendesk-cli trust revoke %1 --id %2”将其移除。</translation>
    </message>
</context>
<context>
    <name>td::TrustVerifier</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 %2 on npm vs %3 in the repository: they differ only in letter case, and npm compares case-sensitively.</source>
        <translation>%1 在 npm 上为 %2，在仓库中为 %3：两者仅大小写不同，而 npm 区分大小写进行比较。</translation>
    </message>
    <message>
        <source>%1 is %2 on npm but the repository needs %3.</source>
        <translation>%1 在 npm 上为 %2，但仓库需要 %3。</translation>
    </message>
    <message>
        <source>%1: no trusted publisher of this kind is configured on npm.</source>
        <translation>%1：npm 上未配置此类可信发布者。</translation>
    </message>
    <message>
        <source>%1: the trusted publisher matches the repository.</source>
        <translation>%1：可信发布者与仓库一致。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) differ from the repository.</source>
        <translation>
            <numerusform>%1：有 %n 个字段与仓库不一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>workflow file</source>
        <translation>工作流文件</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>CI file</source>
        <translation>CI 文件</translation>
    </message>
    <message>
        <source>organization ID</source>
        <translation>组织 ID</translation>
    </message>
    <message>
        <source>project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>pipeline definition ID</source>
        <translation>流水线定义 ID</translation>
    </message>
    <message>
        <source>VCS origin</source>
        <translation>VCS 来源</translation>
    </message>
    <message>
        <source>context IDs</source>
        <translation>上下文 ID</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>allowed actions</source>
        <translation>允许的操作</translation>
    </message>
    <message>
        <source>allowed actions on npm are %1, but the workflow needs %2.</source>
        <translation>npm 上允许的操作为 %1，但工作流需要 %2。</translation>
    </message>
    <message>
        <source>No published version to check.</source>
        <translation>没有可检查的已发布版本。</translation>
    </message>
    <message>
        <source>%1 was published via trusted publishing.</source>
        <translation>%1 是通过可信发布发布的。</translation>
    </message>
    <message>
        <source>%1 has provenance but was published with a token, not via trusted publishing: the OIDC exchange failed and npm fell back to a configured token.</source>
        <translation>%1 带有来源证明，但它是使用令牌而不是通过可信发布发布的：OIDC 交换失败，npm 回退到了已配置的令牌。</translation>
    </message>
    <message>
        <source>%1 came from a token or a manual publish, not from trusted publishing.</source>
        <translation>%1 来自令牌或手动发布，而不是可信发布。</translation>
    </message>
</context>
<context>
    <name>td::TrustWizard</name>
    <message>
        <source>Set up trusted publishing</source>
        <translation>设置可信发布</translation>
    </message>
</context>
<context>
    <name>td::TrustWorkflowPage</name>
    <message>
        <source>&amp;Write this change when applying</source>
        <translation>应用时写入此更改(&amp;W)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>工作流</translation>
    </message>
    <message>
        <source>The CI change trusted publishing needs. Nothing is written before Apply.</source>
        <translation>可信发布所需的 CI 更改。在点击“应用”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>建议的更改</translation>
    </message>
    <message>
        <source>%1 already has what trusted publishing needs.</source>
        <translation>%1 已具备可信发布所需的一切。</translation>
    </message>
    <message>
        <source>New file %1.</source>
        <translation>新文件 %1。</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>对 %1 的更改：</translation>
    </message>
</context>
<context>
    <name>td::TwoFactorDialog</name>
    <message>
        <source>One-time password</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>身份验证器中的 6 位验证码</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>Waiting for approval…</source>
        <translation>正在等待批准…</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>正在等待批准</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>重新打开页面(&amp;O)</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>双因素身份验证</translation>
    </message>
    <message>
        <source>Enter the one-time password from your authenticator app.</source>
        <translation>请输入身份验证器应用中的一次性密码。</translation>
    </message>
    <message>
        <source>Sign in in your browser</source>
        <translation>在浏览器中登录</translation>
    </message>
    <message>
        <source>Approve in your browser</source>
        <translation>在浏览器中批准</translation>
    </message>
    <message>
        <source>The registry&apos;s sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.</source>
        <translation>注册表的登录页面已在浏览器中打开。请在那里登录；TokenDesk 会自动继续。</translation>
    </message>
    <message>
        <source>The registry&apos;s approval page has opened in your browser. Approve there; TokenDesk continues by itself.</source>
        <translation>注册表的批准页面已在浏览器中打开。请在那里批准；TokenDesk 会自动继续。</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>请在该页面上勾选“Skip two-factor authentication for the next 5 minutes”（在接下来的 5 分钟内跳过双因素身份验证）：这样这一次批准即可涵盖本批次中的所有更改。</translation>
    </message>
    <message>
        <source>If no page opened, visit: %1</source>
        <translation>如果页面没有打开，请访问：%1</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>复制地址(&amp;Y)</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself.</source>
        <translation>无法打开网页浏览器。请在浏览器中打开以下地址并在那里登录；TokenDesk 会自动继续。</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve there; TokenDesk continues by itself.</source>
        <translation>无法打开网页浏览器。请在浏览器中打开以下地址并在那里批准；TokenDesk 会自动继续。</translation>
    </message>
</context>
<context>
    <name>td::UseTokenChoices</name>
    <message>
        <source>Choose an .npmrc file.</source>
        <translation>请选择一个 .npmrc 文件。</translation>
    </message>
    <message>
        <source>There is no token to write.</source>
        <translation>没有可写入的令牌。</translation>
    </message>
    <message>
        <source>The token line could not be added to %1.</source>
        <translation>无法将令牌行添加到 %1。</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPage</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>How often the watch reads each of your packages from the registry. Never below 5 minutes.</source>
        <translation>监视从注册表读取每个包的频率。不低于 5 分钟。</translation>
    </message>
    <message>
        <source>&amp;Check each package every:</source>
        <translation>每个包的检查间隔(&amp;C)：</translation>
    </message>
    <message>
        <source>Request budget per hour</source>
        <translation>每小时请求预算</translation>
    </message>
    <message>
        <source>Request budget per hour:</source>
        <translation>每小时请求预算：</translation>
    </message>
    <message>
        <source>&amp;Packages that go unwatched:</source>
        <translation>不监视的包(&amp;P)：</translation>
    </message>
    <message>
        <source>Packages that go unwatched</source>
        <translation>不监视的包</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPresenter</name>
    <message numerus="yes">
        <source>%n package(s) watched.</source>
        <translation>
            <numerusform>正在监视 %n 个包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n request(s) per hour.</source>
        <translation>
            <numerusform>计划：每小时 %n 个请求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n request(s), %1 received.</source>
        <translation>
            <numerusform>过去一小时：%n 个请求，已接收 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry asked to wait: backing off until %1.</source>
        <translation>注册表要求等待：在 %1 之前暂停请求。</translation>
    </message>
    <message numerus="yes">
        <source>The watch never reads a package more often than every %n minute(s) (the registry&apos;s cache time): it will use %n.</source>
        <translation>
            <numerusform>监视读取同一个包的间隔绝不短于 %n 分钟（注册表的缓存时间）：将使用 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>The publish watch is not running.</source>
        <translation>发布监视未在运行。</translation>
    </message>
    <message>
        <source>None: every package is watched.</source>
        <translation>无：所有包都在监视中。</translation>
    </message>
</context>
<context>
    <name>td::WebAuthPoller</name>
    <message>
        <source>Waiting for the browser approval was cancelled.</source>
        <translation>已取消等待浏览器批准。</translation>
    </message>
    <message numerus="yes">
        <source>The approval in the browser did not arrive within %n minute(s).</source>
        <translation>
            <numerusform>未在 %n 分钟内收到浏览器中的批准。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again and approve the request in the browser.</source>
        <translation>请重新开始，并在浏览器中批准该请求。</translation>
    </message>
    <message>
        <source>The browser approval was denied, or expired before it was completed.</source>
        <translation>浏览器中的批准被拒绝，或在完成之前已过期。</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (HTTP %1) while waiting for the browser approval.</source>
        <translation>等待浏览器批准时，注册表返回了意外的响应（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>td::WorkflowInspector</name>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 不是有效的 YAML：%2</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs without a context in every workflow that uses it. CircleCI issues OIDC tokens only to jobs that run with at least one context.</source>
        <translation>作业“%1”在每个使用它的工作流中都没有上下文。CircleCI 只向至少使用一个上下文运行的作业颁发 OIDC 令牌。</translation>
    </message>
    <message>
        <source>In the workflow, add a context to the job, for example:
  - %1:
      context: npm-publish</source>
        <translation>请在工作流中为该作业添加上下文，例如：
  - %1:
      context: npm-publish</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but never sets NPM_ID_TOKEN with the npm audience, so npm has no OIDC token.</source>
        <translation>作业“%1”会发布，但从未设置带有 npm 受众的 NPM_ID_TOKEN，因此 npm 没有 OIDC 令牌。</translation>
    </message>
    <message>
        <source>Before publishing, run:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</source>
        <translation>发布前请运行：
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but does not have the permission &quot;id-token: write&quot;, so npm cannot get an OIDC token and falls back to ENEEDAUTH or E404.</source>
        <translation>作业“%1”会发布，但没有“id-token: write”权限，因此 npm 无法获取 OIDC 令牌，并会回退为 ENEEDAUTH 或 E404。</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  permissions:
    contents: read
    id-token: write</source>
        <translation>请在作业“%1”中添加：
  permissions:
    contents: read
    id-token: write</translation>
    </message>
    <message>
        <source>actions/setup-node with registry-url writes an .npmrc that reads NODE_AUTH_TOKEN; when it is not set the token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX, and npm sends that instead of using trusted publishing (a masked E404).</source>
        <translation>带有 registry-url 的 actions/setup-node 会写入一个读取 NODE_AUTH_TOKEN 的 .npmrc；若该变量未设置，令牌就是占位符 XXXXX-XXXXX-XXXXX-XXXXX，npm 会发送它而不是使用可信发布（表现为 E404）。</translation>
    </message>
    <message>
        <source>Remove the registry-url line from the setup-node step.</source>
        <translation>请从 setup-node 步骤中删除 registry-url 这一行。</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</source>
        <translation>请在作业“%1”中添加：
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</translation>
    </message>
    <message>
        <source>NPM_ID_TOKEN in job &quot;%1&quot; does not have the audience &quot;npm:registry.npmjs.org&quot;, so the registry refuses it.</source>
        <translation>作业“%1”中的 NPM_ID_TOKEN 没有受众“npm:registry.npmjs.org”，因此注册表会拒绝它。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; requests an npm id token as %2, but npm only reads NPM_ID_TOKEN.</source>
        <translation>作业“%1”以 %2 请求 npm ID 令牌，但 npm 只读取 NPM_ID_TOKEN。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but declares no NPM_ID_TOKEN in id_tokens, so npm has no OIDC token and fails with ENEEDAUTH or E404.</source>
        <translation>作业“%1”会发布，但未在 id_tokens 中声明 NPM_ID_TOKEN，因此 npm 没有 OIDC 令牌，并以 ENEEDAUTH 或 E404 失败。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; declares no SIGSTORE_ID_TOKEN (audience &quot;sigstore&quot;), so no provenance is published.</source>
        <translation>作业“%1”未声明 SIGSTORE_ID_TOKEN（受众“sigstore”），因此不会发布来源证明。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; calls the publishing workflow %2 without granting &quot;id-token: write&quot;; a called workflow cannot have more permissions than its caller.</source>
        <translation>作业“%1”调用发布工作流 %2 时未授予“id-token: write”；被调用的工作流不能拥有比调用方更多的权限。</translation>
    </message>
    <message>
        <source>%1 is a reusable workflow. npm checks the name of the calling workflow, so the trusted publisher must name %2, not %1.</source>
        <translation>%1 是可重用工作流。npm 检查的是调用方工作流的名称，因此可信发布者必须指定 %2，而不是 %1。</translation>
    </message>
    <message>
        <source>Use %1 as the workflow file name in the trust configuration.</source>
        <translation>请在信任配置中使用 %1 作为工作流文件名。</translation>
    </message>
</context>
<context>
    <name>td::WorkflowWriter</name>
    <message>
        <source>Added a setup-node step with Node 24 to job &quot;%1&quot;</source>
        <translation>已在作业“%1”中添加使用 Node 24 的 setup-node 步骤</translation>
    </message>
    <message>
        <source>Added &quot;npm install -g npm@latest&quot; before publishing in job &quot;%1&quot;</source>
        <translation>已在作业“%1”中发布之前添加“npm install -g npm@latest”</translation>
    </message>
    <message>
        <source>Replaced npm@%1 with npm@latest in job &quot;%2&quot;</source>
        <translation>已将作业“%2”中的 npm@%1 替换为 npm@latest</translation>
    </message>
    <message>
        <source>Granted &quot;id-token: write&quot; to job &quot;%1&quot;</source>
        <translation>已向作业“%1”授予“id-token: write”</translation>
    </message>
    <message>
        <source>Set Node 24 in job &quot;%1&quot;</source>
        <translation>已在作业“%1”中设置 Node 24</translation>
    </message>
    <message>
        <source>Removed registry-url from setup-node in job &quot;%1&quot; (its placeholder token hides trusted publishing)</source>
        <translation>已从作业“%1”的 setup-node 中删除 registry-url（其占位符令牌会掩盖可信发布）</translation>
    </message>
    <message>
        <source>Changed Node %1 to 24 in job &quot;%2&quot;</source>
        <translation>已将作业“%2”中的 Node %1 改为 24</translation>
    </message>
    <message>
        <source>Removed %1 from job &quot;%2&quot;</source>
        <translation>已从作业“%2”中删除 %1</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Check its quoting and indentation, or make the changes by hand.</source>
        <translation>无法安全地更改 %1：编辑后它将不再是有效的 YAML，因此未做任何更改。请检查其引号和缩进，或手动进行更改。</translation>
    </message>
    <message>
        <source>New workflow %1 that publishes through trusted publishing</source>
        <translation>通过可信发布进行发布的新工作流 %1</translation>
    </message>
    <message>
        <source>Added job publish-npm with NPM_ID_TOKEN to %1</source>
        <translation>已向 %1 添加使用 NPM_ID_TOKEN 的作业 publish-npm</translation>
    </message>
    <message>
        <source>%1 changed since the proposal was made; nothing was written.</source>
        <translation>提出建议后 %1 已被更改；未写入任何内容。</translation>
    </message>
    <message>
        <source>Review the proposal again.</source>
        <translation>请重新检查建议。</translation>
    </message>
    <message>
        <source>@semantic-release/npm publishes directly and cannot stage: set npmPublish to false and add a step that runs npm stage publish after it.</source>
        <translation>@semantic-release/npm 会直接发布，无法暂存：请将 npmPublish 设置为 false，并在其后添加一个运行 npm stage publish 的步骤。</translation>
    </message>
    <message>
        <source>changeset publish runs a direct publish and cannot stage: let it version the packages, then run npm stage publish in each changed package.</source>
        <translation>changeset publish 执行的是直接发布，无法暂存：让它为包更新版本，然后在每个已更改的包中运行 npm stage publish。</translation>
    </message>
    <message>
        <source>lerna publish cannot stage: run lerna version, then npm stage publish in each changed package.</source>
        <translation>lerna publish 无法暂存：请运行 lerna version，然后在每个已更改的包中运行 npm stage publish。</translation>
    </message>
    <message>
        <source>%1 has no staged publish: run npm stage publish in each package folder instead (it publishes the same package.json).</source>
        <translation>%1 不支持暂存发布：请改为在每个包文件夹中运行 npm stage publish（它发布的是同一个 package.json）。</translation>
    </message>
    <message>
        <source>Line %1 publishes with %2, which cannot stage a release, so TokenDesk left it unchanged.</source>
        <translation>第 %1 行使用 %2 发布，而它无法暂存版本，因此 TokenDesk 未更改该行。</translation>
    </message>
    <message>
        <source>Line %1 publishes through npm in a form TokenDesk does not rewrite.</source>
        <translation>第 %1 行通过 npm 发布，但其形式 TokenDesk 不会改写。</translation>
    </message>
    <message>
        <source>Change it to npm stage publish by hand (for a package script, in package.json).</source>
        <translation>请手动将其改为 npm stage publish（如果是包脚本，则在 package.json 中修改）。</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Change npm publish to npm stage publish by hand.</source>
        <translation>无法安全地更改 %1：编辑后它将不再是有效的 YAML，因此未做任何更改。请手动将 npm publish 改为 npm stage publish。</translation>
    </message>
    <message numerus="yes">
        <source>Changed npm publish to npm stage publish on %n line(s) (%1): releases wait for a maintainer&apos;s approval with two-factor authentication.</source>
        <translation>
            <numerusform>已在 %n 行（%1）中将 npm publish 改为 npm stage publish：版本将等待维护者通过双因素身份验证批准。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::ArgReader</name>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the options.</source>
        <translation>未知选项 &apos;%1&apos;。运行 &apos;tokendesk-cli --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos;. Run &apos;tokendesk-cli %1 --help&apos; for its options.</source>
        <translation>%1：未知选项 &apos;%2&apos;。运行 &apos;tokendesk-cli %1 --help&apos; 查看其选项。</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 不接受值</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
</context>
<context>
    <name>td::cli::CiCommand</name>
    <message>
        <source>sign in to GitHub, GitLab or CircleCI so rotation updates their secrets</source>
        <translation>登录 GitHub、GitLab 或 CircleCI，以便轮换时更新其机密</translation>
    </message>
    <message>
        <source>ci needs a subcommand: login, status, logout</source>
        <translation>ci 需要一个子命令：login、status、logout</translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos; (known: login, status, logout)</source>
        <translation>未知的 ci 子命令“%1”（可用：login、status、logout）</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLoginCommand</name>
    <message>
        <source>ci login needs the service: github, gitlab or circleci</source>
        <translation>ci login 需要指定服务：github、gitlab 或 circleci</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an API URL; use the form https://host/path</source>
        <translation>“%1”不是 API URL；请使用 https://host/path 格式</translation>
    </message>
    <message>
        <source>--from-gh reuses the GitHub CLI&apos;s sign-in; it works for github only</source>
        <translation>--from-gh 会重用 GitHub CLI 的登录；仅适用于 github</translation>
    </message>
    <message>
        <source>tokens are never taken from arguments; pipe it and use --with-token</source>
        <translation>绝不会从参数中获取令牌；请通过管道传入并使用 --with-token</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for ci login</source>
        <translation>ci login 的未知选项“%1”</translation>
    </message>
    <message>
        <source>CircleCI has no sign-in for other apps: create a personal API token in CircleCI (User Settings &gt; Personal API Tokens), then pipe it: tokendesk-cli ci login circleci --with-token</source>
        <translation>CircleCI 不提供面向其他应用的登录：请在 CircleCI 中创建个人 API 令牌（User Settings &gt; Personal API Tokens），然后通过管道传入：tokendesk-cli ci login circleci --with-token</translation>
    </message>
    <message>
        <source>no %1 token was given; pipe it on standard input</source>
        <translation>未提供 %1 令牌；请通过标准输入以管道传入</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 yet</source>
        <translation>此版本尚无法与 %1 通信</translation>
    </message>
    <message>
        <source>%1 did not accept the token: %2</source>
        <translation>%1 未接受该令牌：%2</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3.</source>
        <translation>已以 %3 身份登录 %1（%2）。</translation>
    </message>
    <message>
        <source>the GitHub CLI (gh) was not found; install it and run &apos;gh auth login&apos;, or pipe a token with --with-token</source>
        <translation>未找到 GitHub CLI（gh）；请安装后运行“gh auth login”，或使用 --with-token 通过管道传入令牌</translation>
    </message>
    <message>
        <source>&apos;gh auth token&apos; failed (is gh signed in? run &apos;gh auth login&apos;), or pipe a token with --with-token</source>
        <translation>“gh auth token”失败（gh 是否已登录？请运行“gh auth login”），或使用 --with-token 通过管道传入令牌</translation>
    </message>
    <message>
        <source>Using the GitHub CLI&apos;s sign-in. Its default scopes cover repository and environment secrets; for organization secrets run &apos;gh auth refresh -s admin:org&apos; first.</source>
        <translation>正在使用 GitHub CLI 的登录。其默认范围涵盖仓库机密和环境机密；如需组织机密，请先运行“gh auth refresh -s admin:org”。</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2</source>
        <translation>请打开 %1 并输入验证码 %2</translation>
    </message>
    <message>
        <source>Waiting for the approval...</source>
        <translation>正在等待批准...</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLogoutCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci logout</source>
        <translation>ci logout 的未知选项“%1”</translation>
    </message>
    <message>
        <source>ci logout needs the service: github, gitlab or circleci</source>
        <translation>ci logout 需要指定服务：github、gitlab 或 circleci</translation>
    </message>
    <message>
        <source>not signed in to %1 for %2</source>
        <translation>未登录 %1（%2）</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2); its credential is gone from the keychain.</source>
        <translation>已退出 %1（%2）的登录；其凭据已从密钥环中删除。</translation>
    </message>
</context>
<context>
    <name>td::cli::CiStatusCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci status</source>
        <translation>ci status 的未知选项“%1”</translation>
    </message>
    <message>
        <source>No CI service signed in: tokendesk-cli ci login github|gitlab|circleci</source>
        <translation>未登录任何 CI 服务：tokendesk-cli ci login github|gitlab|circleci</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>SIGNED IN AS</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>CI SECRET</source>
        <translation>CI 机密</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>HOLDS</source>
        <translation>存有令牌</translation>
    </message>
    <message>
        <source>(not told)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>td::cli::Cli</name>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600, for example --timeout 120</source>
        <translation>--timeout 需要 1 到 3600 之间的秒数，例如 --timeout 120</translation>
    </message>
    <message>
        <source>--registry needs a URL, for example --registry https://registry.npmjs.org/</source>
        <translation>--registry 需要一个 URL，例如 --registry https://registry.npmjs.org/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry URL; use the form https://host/</source>
        <translation>“%1”不是注册表 URL；请使用 https://host/ 形式</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the list of commands.</source>
        <translation>未知命令“%1”。运行“tokendesk-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Manage npm access tokens, sessions and trusted publishing from a terminal.</source>
        <translation>从终端管理 npm 访问令牌、会话和可信发布。</translation>
    </message>
    <message>
        <source>give up on a registry request after this long (default 60)</source>
        <translation>注册表请求超过此时长则放弃（默认 60）</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>(none yet in this build)</source>
        <translation>（此构建中尚无）</translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--password-stdin), never from arguments.</source>
        <translation>机密信息从标准输入读取（--password-stdin），从不从参数读取。</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli &lt;command&gt; [options]</source>
        <translation>用法：tokendesk-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Global options (before or after the command, as with npm):</source>
        <translation>全局选项（与 npm 一样，可放在命令之前或之后）：</translation>
    </message>
    <message>
        <source>registry to talk to (default: the one npm is configured with: npm_config_registry, the project&apos;s .npmrc, the user&apos;s, the global npmrc; else https://registry.npmjs.org/)</source>
        <translation>要连接的注册表（默认：npm 配置的注册表，依次来自 npm_config_registry、项目的 .npmrc、用户的 .npmrc、全局 npmrc；都没有则为 https://registry.npmjs.org/）</translation>
    </message>
    <message>
        <source>npm&apos;s user configuration file instead of ~/.npmrc</source>
        <translation>npm 的用户配置文件，代替 ~/.npmrc</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s</source>
        <translation>显示此帮助，或某个命令的帮助</translation>
    </message>
</context>
<context>
    <name>td::cli::CliContext</name>
    <message>
        <source>&apos;%1&apos; is not a registry URL (%2 in %3); use the form https://host/</source>
        <translation>&apos;%1&apos; 不是注册表 URL（%3 中的 %2）；请使用 https://host/ 的形式</translation>
    </message>
</context>
<context>
    <name>td::cli::CompletionIdsCommand</name>
    <message>
        <source>token ids from the local cache, for shell completion (no network)</source>
        <translation>本地缓存中的令牌 ID，用于 shell 补全（不访问网络）</translation>
    </message>
    <message>
        <source>usage: tokendesk-cli completion-ids tokens</source>
        <translation>用法：tokendesk-cli completion-ids tokens</translation>
    </message>
</context>
<context>
    <name>td::cli::DiagnoseCommand</name>
    <message>
        <source>explain a failed CI publish log: likely causes and fixes (diagnose &lt;file|-&gt;)</source>
        <translation>解释失败的 CI 发布日志：可能的原因和修复方法（diagnose &lt;file|-&gt;）</translation>
    </message>
    <message>
        <source>diagnose takes one argument: a log file, or - to read standard input</source>
        <translation>diagnose 需要一个参数：日志文件，或用 - 表示读取标准输入</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>（日志第 %1 行）</translation>
    </message>
</context>
<context>
    <name>td::cli::Doctor</name>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
</context>
<context>
    <name>td::cli::DoctorCommand</name>
    <message>
        <source>find every npm token on this machine and check it</source>
        <translation>查找此计算机上的所有 npm 令牌并逐一检查</translation>
    </message>
    <message>
        <source>doctor: unknown argument &apos;%1&apos;</source>
        <translation>doctor：未知参数“%1”</translation>
    </message>
    <message>
        <source>doctor: the project folder %1 does not exist</source>
        <translation>doctor：项目文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>No npm credentials found.</source>
        <translation>未找到 npm 凭据。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in use need attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</source>
        <translation>
            <numerusform>有 %n 个正在使用的令牌需要处理（经典、失效或即将过期）。运行“tokendesk-cli migrate”查看计划。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::LockdownCommand</name>
    <message>
        <source>respond to a compromised release: check this machine, then require 2FA, revoke tokens, move tags back and deprecate</source>
        <translation>应对已遭入侵的版本：检查本机，然后要求 2FA、撤销令牌、移回标签并弃用</translation>
    </message>
    <message>
        <source>lockdown needs a package, for example: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</source>
        <translation>lockdown 需要指定一个包，例如：tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</translation>
    </message>
    <message>
        <source>--skip: unknown step &apos;%1&apos; (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</source>
        <translation>--skip：未知步骤“%1”（require-2fa、revoke-trust、revoke-tokens、remove-maintainers、reject-staged、move-tags、deprecate、unpublish）</translation>
    </message>
    <message>
        <source>lockdown: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>lockdown：无法读取信任数据 %1（最大 4 MiB 的 trusted_root.json 文件）</translation>
    </message>
    <message>
        <source>Lockdown plan:</source>
        <translation>锁定计划：</translation>
    </message>
    <message>
        <source>Nothing to change: no ticked step applies.</source>
        <translation>无需更改：没有适用的已勾选步骤。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未进行任何更改。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stopped before any change: this machine has a worm&apos;s persistence. A watchdog may wipe your home folder when the stolen token stops working, so disarm it first, then run the lockdown again.</source>
        <translation>已在任何更改之前停止：这台计算机上有蠕虫痕迹。被盗令牌失效时，看门狗程序可能会清除您的主文件夹，因此请先解除它，然后再次运行锁定。</translation>
    </message>
    <message>
        <source>tokendesk-cli: the incident report could not be written to %1: %2</source>
        <translation>tokendesk-cli：无法将事件报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>事件报告：%1</translation>
    </message>
    <message>
        <source>Report the malware to npm: %1</source>
        <translation>向 npm 举报恶意软件：%1</translation>
    </message>
    <message>
        <source>--resume carries on the unfinished lockdown: give no package</source>
        <translation>--resume 会继续未完成的锁定：请勿指定包</translation>
    </message>
    <message>
        <source>there is no unfinished lockdown to resume</source>
        <translation>没有可继续的未完成锁定</translation>
    </message>
    <message>
        <source>Note: an earlier lockdown (%1) stopped before it finished. This one plans afresh from the registry&apos;s state; &apos;tokendesk-cli lockdown --resume&apos; would carry on the earlier plan instead.</source>
        <translation>注意：之前的一次锁定（%1）在完成前已停止。本次将根据注册表的当前状态重新制定计划；改用 &apos;tokendesk-cli lockdown --resume&apos; 则会继续之前的计划。</translation>
    </message>
    <message>
        <source>tokendesk-cli: the lockdown stopped at a failed step; the steps after it were not run. Run &apos;tokendesk-cli lockdown --resume&apos; to retry it and carry on.</source>
        <translation>tokendesk-cli：锁定在某个失败的步骤处停止；其后的步骤未运行。运行 &apos;tokendesk-cli lockdown --resume&apos; 即可重试并继续。</translation>
    </message>
</context>
<context>
    <name>td::cli::Login</name>
    <message>
        <source>This operation requires a one-time password, and there is no terminal to ask for it.</source>
        <translation>此操作需要一次性密码，但没有可用于询问的终端。</translation>
    </message>
    <message>
        <source>Run it again with --otp CODE.</source>
        <translation>请使用 --otp CODE 重新运行。</translation>
    </message>
    <message>
        <source>Enter OTP: </source>
        <translation>输入 OTP：</translation>
    </message>
    <message>
        <source>No one-time password was entered.</source>
        <translation>未输入一次性密码。</translation>
    </message>
    <message>
        <source>Open this page to sign in:</source>
        <translation>打开此页面以登录：</translation>
    </message>
    <message>
        <source>Approve this operation in your browser:</source>
        <translation>请在浏览器中批准此操作：</translation>
    </message>
    <message>
        <source>Waiting for the approval… (Ctrl+C to cancel)</source>
        <translation>正在等待批准…（按 Ctrl+C 取消）</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>请在该页面上勾选“Skip two-factor authentication for the next 5 minutes”（在接下来的 5 分钟内跳过双因素身份验证）：这样这一次批准即可涵盖本批次中的所有更改。</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginCommand</name>
    <message>
        <source>sign in to the registry (browser, or user name and password)</source>
        <translation>登录注册表（浏览器，或用户名和密码）</translation>
    </message>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>从不从参数获取密码；请通过管道传入并使用 --password-stdin</translation>
    </message>
    <message>
        <source>login: unknown option &apos;%1&apos;</source>
        <translation>login：未知选项“%1”</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type 必须为“web”或“legacy”，而不是“%1”</translation>
    </message>
    <message>
        <source>legacy sign-in needs --username NAME and the password on stdin (--password-stdin)</source>
        <translation>legacy 登录需要 --username NAME 以及来自标准输入的密码（--password-stdin）</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; %3.</source>
        <translation>已以 %2 身份登录 %1；%3。</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginServices</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>您尚未登录 %1。</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; first.</source>
        <translation>请先运行“tokendesk-cli login”。</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; to sign in again.</source>
        <translation>请运行“tokendesk-cli login”重新登录。</translation>
    </message>
</context>
<context>
    <name>td::cli::LogoutCommand</name>
    <message>
        <source>end the session and remove it from the keychain</source>
        <translation>结束会话并将其从密钥环中移除</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout 不接受参数</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>已退出 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>td::cli::Migrate</name>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>从不从参数获取密码；请通过管道传入并使用 --password-stdin</translation>
    </message>
    <message>
        <source>--grace takes the minutes to keep the old token after the CI secrets were updated, for example --grace 10 (0 allowed)</source>
        <translation>--grace 接受 CI 机密更新后保留旧令牌的分钟数，例如 --grace 10（允许 0）</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateCommand</name>
    <message>
        <source>there is no migration waiting for a confirmation</source>
        <translation>没有等待确认的迁移</translation>
    </message>
    <message>
        <source>no row of the last migration waits for a confirmation</source>
        <translation>上一次迁移中没有等待确认的行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a row waiting for a confirmation (waiting: %2)</source>
        <translation>“%1”不是等待确认的行（等待中：%2）</translation>
    </message>
    <message>
        <source>plan (or --apply) the move off classic and long-lived tokens</source>
        <translation>规划（或用 --apply 执行）从经典令牌和长期有效令牌的迁移</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>行</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>USED IN</source>
        <translation>使用位置</translation>
    </message>
    <message>
        <source>revoke pending: retry</source>
        <translation>待撤销：请重试</translation>
    </message>
    <message>
        <source>row %1: %2 — choices: %3</source>
        <translation>第 %1 行：%2 — 可选：%3</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>No tokens in use: nothing to migrate.</source>
        <translation>没有正在使用的令牌：无需迁移。</translation>
    </message>
    <message>
        <source>No tokens in use in the files TokenDesk could read; fix the warnings above and run the plan again.</source>
        <translation>在 TokenDesk 能读取的文件中没有正在使用的令牌；请解决上述警告，然后重新运行计划。</translation>
    </message>
    <message>
        <source>--choose takes ROW=ACTION, for example 2=create-read-only</source>
        <translation>--choose 需要 ROW=ACTION 形式，例如 2=create-read-only</translation>
    </message>
    <message>
        <source>migrate: unknown argument &apos;%1&apos;</source>
        <translation>migrate：未知参数“%1”</translation>
    </message>
    <message>
        <source>there is no interrupted migration to resume or roll back</source>
        <translation>没有可继续或回滚的中断迁移</translation>
    </message>
    <message>
        <source>there is nothing to roll back: the new tokens are verified and in use; run &apos;tokendesk-cli migrate --resume&apos; to retry revoking the old ones</source>
        <translation>没有可回滚的内容：新令牌已验证并在使用中；运行“tokendesk-cli migrate --resume”重试撤销旧令牌</translation>
    </message>
    <message>
        <source>an interrupted migration was found (%1); run &apos;tokendesk-cli migrate --resume&apos; to finish it or &apos;tokendesk-cli migrate --rollback&apos; to undo it</source>
        <translation>发现一次中断的迁移（%1）；运行“tokendesk-cli migrate --resume”完成它，或运行“tokendesk-cli migrate --rollback”撤消它</translation>
    </message>
    <message>
        <source>row %1 cannot be &apos;%2&apos;</source>
        <translation>第 %1 行不能为“%2”</translation>
    </message>
    <message>
        <source>creating the replacement tokens needs your npm password; pipe it and use --password-stdin</source>
        <translation>创建替换令牌需要您的 npm 密码；请通过管道传入并使用 --password-stdin</translation>
    </message>
    <message>
        <source>--to takes &apos;stage-only&apos; (replace every direct-publish token in use by a stage-only token)</source>
        <translation>--to 接受 &apos;stage-only&apos;（将所有正在使用的直接发布令牌替换为仅暂存令牌）</translation>
    </message>
    <message>
        <source>no direct-publish token is in use here: nothing to move to a stage-only token</source>
        <translation>此处没有正在使用的直接发布令牌：没有需要迁移到仅暂存令牌的内容</translation>
    </message>
    <message>
        <source>give one of --apply, --resume, --rollback and --confirm</source>
        <translation>请指定 --apply、--resume、--rollback 和 --confirm 中的一个</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateServices</name>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the migration stopped: %1 Run &apos;tokendesk-cli migrate --resume&apos; when the cause is fixed, or &apos;tokendesk-cli migrate --rollback&apos; to undo it.</source>
        <translation>迁移已停止：%1 原因解决后请运行“tokendesk-cli migrate --resume”，或运行“tokendesk-cli migrate --rollback”撤消。</translation>
    </message>
    <message>
        <source>row %1 (%2) was not migrated, its old token still works: %3 Fix the cause and try again.</source>
        <translation>第 %1 行（%2）未迁移，其旧令牌仍然有效：%3 请解决原因后重试。</translation>
    </message>
    <message>
        <source>row %1: the new token is in use, but revoking the old token %2 failed (%3); run &apos;tokendesk-cli migrate --resume&apos; to retry</source>
        <translation>第 %1 行：新令牌已在使用中，但撤销旧令牌 %2 失败（%3）；运行“tokendesk-cli migrate --resume”重试</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>行</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>old token kept until you update the places below, then run &apos;tokendesk-cli migrate --confirm %1&apos;</source>
        <translation>旧令牌将保留到您更新以下位置为止，之后请运行“tokendesk-cli migrate --confirm %1”</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>print it with: secret-tool lookup server tokendesk user %1</source>
        <translation>显示方法：secret-tool lookup server tokendesk user %1</translation>
    </message>
    <message>
        <source>Row %1 (%2) waits for you:</source>
        <translation>第 %1 行（%2）正在等待您操作：</translation>
    </message>
    <message>
        <source>Then: tokendesk-cli migrate --confirm %1</source>
        <translation>然后：tokendesk-cli migrate --confirm %1</translation>
    </message>
    <message>
        <source>row %1: the old token stays valid until %2 (runs already queued keep the old value); it is revoked then. Ctrl-C is safe: &apos;tokendesk-cli migrate --resume&apos; finishes.</source>
        <translation>第 %1 行：旧令牌在 %2 之前仍然有效（已排队的运行会继续使用旧值）；届时将被撤销。可以放心按 Ctrl-C：“tokendesk-cli migrate --resume”会完成剩余操作。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>row %1: %2 holds this token; it gets the new one</source>
        <translation>第 %1 行：%2 存有此令牌；它将获得新令牌</translation>
    </message>
    <message>
        <source>pushing the new token to %1</source>
        <translation>正在将新令牌推送到 %1</translation>
    </message>
    <message>
        <source>pushed to %1</source>
        <translation>已推送到 %1</translation>
    </message>
    <message>
        <source>verified: %1 holds the new token</source>
        <translation>已验证：%1 存有新令牌</translation>
    </message>
    <message>
        <source>put the new token into %1 (%2), or sign in: tokendesk-cli ci login %3</source>
        <translation>请将新令牌放入 %1（%2），或登录：tokendesk-cli ci login %3</translation>
    </message>
</context>
<context>
    <name>td::cli::Publishing</name>
    <message>
        <source>, attested</source>
        <translation>，有来源证明</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>包</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>PUBLISHED THROUGH</source>
        <translation>发布途径</translation>
    </message>
    <message>
        <source>LAST RELEASE</source>
        <translation>上次发布</translation>
    </message>
    <message>
        <source>No packages to publish on this account.</source>
        <translation>此账户没有可发布的包。</translation>
    </message>
    <message>
        <source>Way out (%1):</source>
        <translation>解决办法（%1）：</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>Not known for any package: %1</source>
        <translation>所有包均未知：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) at risk in January 2027 (no exact day is announced).</source>
        <translation>
            <numerusform>%n 个包在 2027 年 1 月有风险（具体日期尚未公布）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::PublishingCommand</name>
    <message>
        <source>every package&apos;s publish path and its January 2027 verdict</source>
        <translation>每个包的发布途径及其 2027 年 1 月的结论</translation>
    </message>
    <message>
        <source>publishing: unknown argument &apos;%1&apos;</source>
        <translation>publishing：未知参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>publishing: the project folder %1 does not exist</source>
        <translation>publishing：项目文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>td::cli::RunCommand</name>
    <message>
        <source>run a command with a stored token in NODE_AUTH_TOKEN / NPM_TOKEN</source>
        <translation>将已保存的令牌放入 NODE_AUTH_TOKEN / NPM_TOKEN 并运行命令</translation>
    </message>
    <message>
        <source>--token needs a token ID (see &apos;tokendesk-cli token list&apos;)</source>
        <translation>--token 需要令牌 ID（参见“tokendesk-cli token list”）</translation>
    </message>
    <message>
        <source>run needs a command: tokendesk-cli run -- npm publish</source>
        <translation>run 需要一个命令：tokendesk-cli run -- npm publish</translation>
    </message>
    <message>
        <source>%1 has no active token. Create one with &apos;tokendesk-cli token create&apos;.</source>
        <translation>%1 没有有效的令牌。请使用“tokendesk-cli token create”创建一个。</translation>
    </message>
    <message>
        <source>none of %1&apos;s active tokens is in this keychain. Create one with &apos;tokendesk-cli token create&apos;, or pick one with --token.</source>
        <translation>%1 的有效令牌均不在此密钥环中。请使用“tokendesk-cli token create”创建一个，或使用 --token 选择一个。</translation>
    </message>
    <message>
        <source>token &apos;%1&apos; (%2) is not in this keychain: its secret was never stored here.</source>
        <translation>令牌“%1”（%2）不在此密钥环中：其机密值从未保存在这里。</translation>
    </message>
    <message>
        <source>run: cannot start &apos;%1&apos;: %2</source>
        <translation>run：无法启动“%1”：%2</translation>
    </message>
    <message>
        <source>run: &apos;%1&apos; ended abnormally</source>
        <translation>run：“%1”异常结束</translation>
    </message>
</context>
<context>
    <name>td::cli::StageCommand</name>
    <message>
        <source>list, view, diff, download, approve and reject staged versions</source>
        <translation>列出、查看、比较、下载、批准和拒绝暂存版本</translation>
    </message>
    <message>
        <source>stage needs a subcommand: %1</source>
        <translation>stage 需要一个子命令：%1</translation>
    </message>
    <message>
        <source>unknown stage subcommand &apos;%1&apos; (known: %2)</source>
        <translation>未知的 stage 子命令“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt;</source>
        <translation>缺少必需的 &lt;stage-id&gt;</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDecideCommand</name>
    <message>
        <source>approve staged versions, publishing them (npm stage approve)</source>
        <translation>批准暂存版本并将其发布（npm stage approve）</translation>
    </message>
    <message>
        <source>reject staged versions, deleting them (npm stage reject)</source>
        <translation>拒绝暂存版本并将其删除（npm stage reject）</translation>
    </message>
    <message>
        <source>--auth-type is web or legacy</source>
        <translation>--auth-type 必须为 web 或 legacy</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt; (or --all for every staged version)</source>
        <translation>缺少必需的 &lt;stage-id&gt;（或使用 --all 处理所有暂存版本）</translation>
    </message>
    <message>
        <source>Give stage ids or --all, not both</source>
        <translation>请指定 stage ID 或 --all，不能同时指定</translation>
    </message>
    <message>
        <source>--package only goes with --all</source>
        <translation>--package 只能与 --all 一起使用</translation>
    </message>
    <message>
        <source>Skipping %1 (%2): still being validated by the registry.</source>
        <translation>正在跳过 %1（%2）：注册表仍在验证。</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace in %1.</source>
        <translation>按 %1 中工作区的依赖顺序处理。</translation>
    </message>
    <message>
        <source>Rejecting will permanently delete this staged publish record and tarball from the registry.</source>
        <translation>拒绝将从注册表中永久删除此暂存发布记录及其 tarball。</translation>
    </message>
    <message>
        <source>Each staged version needs its own approval in the browser (npm&apos;s &quot;skip 2FA for 5 minutes&quot; does not cover them); with --otp CODE one code serves them all while it is valid.</source>
        <translation>每个暂存版本都需要在浏览器中单独批准（npm 的 &quot;skip 2FA for 5 minutes&quot; 不适用于它们）；使用 --otp CODE 时，一个验证码在有效期内可用于所有版本。</translation>
    </message>
    <message>
        <source>Approving staged package %1</source>
        <translation>正在批准暂存包 %1</translation>
    </message>
    <message>
        <source>Rejecting staged package %1</source>
        <translation>正在拒绝暂存包 %1</translation>
    </message>
    <message>
        <source>Not attempted after the failure: %1</source>
        <translation>因之前的失败而未尝试：%1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDiffCommand</name>
    <message>
        <source>compare a staged version with the last published one</source>
        <translation>将暂存版本与上一个已发布版本进行比较</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDownloadCommand</name>
    <message>
        <source>save a staged tarball in the current folder (npm stage download)</source>
        <translation>将暂存的 tarball 保存到当前文件夹（npm stage download）</translation>
    </message>
    <message>
        <source>Could not read package.json from tarball</source>
        <translation>无法从 tarball 读取 package.json</translation>
    </message>
    <message>
        <source>package: %1@%2</source>
        <translation>包：%1@%2</translation>
    </message>
    <message>
        <source>total files: %1</source>
        <translation>文件总数：%1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageListCommand</name>
    <message>
        <source>list the staged versions you may see (npm stage list)</source>
        <translation>列出您有权查看的暂存版本（npm stage list）</translation>
    </message>
    <message>
        <source>Version specifiers are not supported for listing staged packages</source>
        <translation>列出暂存包时不支持版本说明符</translation>
    </message>
    <message>
        <source>tokendesk-cli: not listed: %1</source>
        <translation>tokendesk-cli：未列出：%1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageViewCommand</name>
    <message>
        <source>show one staged version (npm stage view)</source>
        <translation>显示一个暂存版本（npm stage view）</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCommand</name>
    <message>
        <source>list, create, rotate and revoke access tokens</source>
        <translation>列出、创建、轮换和撤销访问令牌</translation>
    </message>
    <message>
        <source>token needs a subcommand: %1</source>
        <translation>token 需要一个子命令：%1</translation>
    </message>
    <message>
        <source>unknown token subcommand &apos;%1&apos; (known: %2)</source>
        <translation>未知的 token 子命令“%1”（可用：%2）</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreate</name>
    <message>
        <source>--password: passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>--password：从不从参数获取密码；请通过管道传入并使用 --password-stdin</translation>
    </message>
    <message>
        <source>token create: unexpected argument &apos;%1&apos;</source>
        <translation>token create：意外的参数“%1”</translation>
    </message>
    <message>
        <source>--expires: &apos;%1&apos; is not a whole number of days</source>
        <translation>--expires：“%1”不是整数天数</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 必须是 %2 之一，而不是“%3”</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>所有包</translation>
    </message>
    <message>
        <source>orgs %1 (%2)</source>
        <translation>组织 %1（%2）</translation>
    </message>
    <message>
        <source>Created token %1</source>
        <translation>已创建令牌 %1</translation>
    </message>
    <message>
        <source>  name:     %1</source>
        <translation>  名称：    %1</translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation>  键：      %1</translation>
    </message>
    <message>
        <source>  grants:   %1</source>
        <translation>  授权：    %1</translation>
    </message>
    <message>
        <source>  from IPs: %1</source>
        <translation>  来源 IP： %1</translation>
    </message>
    <message>
        <source>  bypasses 2FA</source>
        <translation>  绕过 2FA</translation>
    </message>
    <message>
        <source>  expires:  %1</source>
        <translation>  到期：    %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Stored in your keychain; &apos;tokendesk-cli run -- &lt;command&gt;&apos; uses it.</source>
        <translation>已保存到您的密钥环；“tokendesk-cli run -- &lt;command&gt;”会使用它。</translation>
    </message>
    <message>
        <source>warning: the token was created but could not be stored in your keychain (%1). Copy it now: it is shown only this once.</source>
        <translation>警告：令牌已创建，但无法保存到您的密钥环（%1）。请立即复制：它只会显示这一次。</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreateCommand</name>
    <message>
        <source>create a granular token with npm&apos;s flags; it goes into your keychain</source>
        <translation>使用 npm 的参数创建细粒度令牌；它会保存到您的密钥环中</translation>
    </message>
    <message>
        <source>token create needs your npm password: pipe it to standard input and add --password-stdin</source>
        <translation>token create 需要您的 npm 密码：请通过管道将其传入标准输入并添加 --password-stdin</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin：标准输入中没有密码</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>密码错误或缺失。</translation>
    </message>
    <message>
        <source>Your session is still valid; check the password and try again.</source>
        <translation>您的会话仍然有效；请检查密码后重试。</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenListCommand</name>
    <message>
        <source>list every token of the signed-in account</source>
        <translation>列出已登录账户的所有令牌</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1前已过期</translation>
    </message>
    <message>
        <source>token list: unknown argument &apos;%1&apos;</source>
        <translation>token list：未知参数“%1”</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>No tokens. (Sessions from login are never listed.)</source>
        <translation>没有令牌。（login 产生的会话从不列出。）</translation>
    </message>
    <message>
        <source>This registry does not report token expiry.</source>
        <translation>此注册表不报告令牌有效期。</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRevokeCommand</name>
    <message>
        <source>revoke tokens by ID (a unique key prefix, as in &apos;token list&apos;)</source>
        <translation>按 ID 撤销令牌（唯一的键前缀，如“token list”中所示）</translation>
    </message>
    <message>
        <source>Token ID &quot;%1&quot; was ambiguous, a new token may have been created since you last ran `tokendesk-cli token list`.</source>
        <translation>令牌 ID“%1”有歧义，自您上次运行 `tokendesk-cli token list` 以来可能已创建了新令牌。</translation>
    </message>
    <message>
        <source>Unknown token id or value &quot;%1&quot;.</source>
        <translation>未知的令牌 ID 或值“%1”。</translation>
    </message>
    <message>
        <source>token revoke needs the ID of a token; &apos;tokendesk-cli token list&apos; shows them</source>
        <translation>token revoke 需要令牌的 ID；“tokendesk-cli token list”会显示它们</translation>
    </message>
    <message>
        <source>Removed %1 token(s) before this failure.</source>
        <translation>在此次失败之前已移除 %1 个令牌。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n token(s)</source>
        <translation>
            <numerusform>已移除 %n 个令牌</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRotateCommand</name>
    <message>
        <source>replace a token with a fresh one with the same grants, update its uses</source>
        <translation>用具有相同授权的新令牌替换某个令牌，并更新其使用位置</translation>
    </message>
    <message>
        <source>token rotate needs one token id (as &apos;token list&apos; shows it)</source>
        <translation>token rotate 需要一个令牌 ID（如“token list”中所示）</translation>
    </message>
    <message>
        <source>creating the new token needs your npm password; pipe it and use --password-stdin</source>
        <translation>创建新令牌需要您的 npm 密码；请通过管道传入并使用 --password-stdin</translation>
    </message>
    <message>
        <source>an interrupted migration was found; run &apos;tokendesk-cli migrate --resume&apos; or &apos;--rollback&apos; first</source>
        <translation>发现一次中断的迁移；请先运行“tokendesk-cli migrate --resume”或“--rollback”</translation>
    </message>
    <message>
        <source>no active token has the id &apos;%1&apos;</source>
        <translation>没有 ID 为“%1”的有效令牌</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 tokens; give more of the id</source>
        <translation>“%1”匹配 %2 个令牌；请提供更长的 ID</translation>
    </message>
    <message numerus="yes">
        <source>Rotating &quot;%1&quot; (%2): %n reference(s) to update.</source>
        <translation>
            <numerusform>正在轮换“%1”（%2）：需要更新 %n 处引用。</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no .npmrc here uses this token (or it cannot be told apart from another by its masked form); wherever it is used — CI secrets, other machines — put the new token there: the old one is revoked.</source>
        <translation>警告：此处没有 .npmrc 使用此令牌（或无法通过掩码形式将其与其他令牌区分）；在所有使用它的地方（CI 机密、其他计算机）都请填入新令牌：旧令牌将被撤销。</translation>
    </message>
</context>
<context>
    <name>td::cli::TrustCommand</name>
    <message>
        <source>trust needs a subcommand: %1</source>
        <translation>trust 需要一个子命令：%1</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type 必须为“web”或“legacy”，而不是“%1”</translation>
    </message>
    <message>
        <source>trust %1 takes at most one package or folder</source>
        <translation>trust %1 最多接受一个包或文件夹</translation>
    </message>
    <message>
        <source>would configure %1: %2</source>
        <translation>将配置 %1：%2</translation>
    </message>
    <message>
        <source>Package name must be specified either as an argument or in package.json file</source>
        <translation>必须通过参数或在 package.json 文件中指定包名</translation>
    </message>
    <message>
        <source>circleci needs --org-id, --project-id, --pipeline-definition-id and --vcs-origin</source>
        <translation>circleci 需要 --org-id、--project-id、--pipeline-definition-id 和 --vcs-origin</translation>
    </message>
    <message>
        <source>GitHub repository must be specified in the format owner/repository</source>
        <translation>必须以 owner/repository 格式指定 GitHub 仓库</translation>
    </message>
    <message>
        <source>GitLab project must be specified as group/project</source>
        <translation>必须以 group/project 格式指定 GitLab 项目</translation>
    </message>
    <message>
        <source>%1 has no GitHub or GitLab remote to check against</source>
        <translation>%1 没有可供比对的 GitHub 或 GitLab 远程仓库</translation>
    </message>
    <message>
        <source>%1: not on the registry yet; publish it once, then set up trusted publishing.</source>
        <translation>%1：尚未在注册表上；请先发布一次，然后设置可信发布。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) need attention</source>
        <translation>
            <numerusform>有 %n 个包需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>包</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>ALLOWS</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>not on the registry</source>
        <translation>不在注册表上</translation>
    </message>
    <message>
        <source>no trusted publisher</source>
        <translation>没有可信发布者</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not on the registry: %1</source>
        <translation>
            <numerusform>%n 个包不在注册表上：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not configured: %1</source>
        <translation>
            <numerusform>%n 个包未配置：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke needs one package and --id &lt;id&gt; (see trust list)</source>
        <translation>revoke 需要一个包和 --id &lt;id&gt;（参见 trust list）</translation>
    </message>
    <message>
        <source>would remove trusted publisher %1 of %2</source>
        <translation>将移除 %2 的可信发布者 %1</translation>
    </message>
    <message>
        <source>%1 has no trusted publisher with id %2 (or the package is not on the registry); see &apos;tokendesk-cli trust list %1&apos;.</source>
        <translation>%1 没有 ID 为 %2 的可信发布者（或该包不在注册表上）；请参见“tokendesk-cli trust list %1”。</translation>
    </message>
    <message>
        <source>%1: trusted publisher %2 removed</source>
        <translation>%1：已移除可信发布者 %2</translation>
    </message>
    <message>
        <source>trusted publishing: list, github, gitlab, circleci, revoke (npm trust&apos;s flags, plus --all and --replace; stage-only unless --allow-publish), check &lt;folder&gt; and workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</source>
        <translation>可信发布：list、github、gitlab、circleci、revoke（npm trust 的标志，外加 --all 和 --replace；除非指定 --allow-publish，否则仅暂存）、check &lt;folder&gt; 和 workflow &lt;folder&gt; [--apply]（npm publish → npm stage publish）</translation>
    </message>
    <message>
        <source>--replace needs exactly one package (config ids belong to one package)</source>
        <translation>--replace 只需要一个包（配置 ID 属于单个包）</translation>
    </message>
    <message>
        <source>then revoke %1 of %2</source>
        <translation>然后撤销 %2 的 %1</translation>
    </message>
    <message>
        <source>the repository has no workflow: say which with --file</source>
        <translation>仓库中没有工作流：请用 --file 指定</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trusted publisher(s) on npm, each compared with the workflow it names.</source>
        <translation>
            <numerusform>%1：npm 上有 %n 个可信发布者，已分别与其指定的工作流进行比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no trusted publisher is configured on npm.</source>
        <translation>%1：npm 上未配置任何可信发布者。</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher and no room for another. See &apos;tokendesk-cli trust list %1&apos;, remove one with &apos;trust revoke&apos;, then run this again.</source>
        <translation>%1 已有另一个可信发布者，且无法再添加。请参见“tokendesk-cli trust list %1”，使用“trust revoke”移除一个，然后重新运行。</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher (%2) and no room for another. Remove one (for example &apos;tokendesk-cli trust revoke %1 --id %3&apos;), then run this again.</source>
        <translation>%1 已有另一个可信发布者（%2），且无法再添加。请移除一个（例如“tokendesk-cli trust revoke %1 --id %3”），然后重新运行。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>No npm publish to change to npm stage publish.</source>
        <translation>没有需要改为 npm stage publish 的 npm publish。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written; run again with --apply to write %n file(s).</source>
        <translation>
            <numerusform>未写入任何内容；请使用 --apply 重新运行以写入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>repository: %1 (from package.json)</source>
        <translation>仓库：%1（来自 package.json）</translation>
    </message>
    <message>
        <source>project: %1 (from package.json)</source>
        <translation>项目：%1（来自 package.json）</translation>
    </message>
</context>
<context>
    <name>td::cli::Usage</name>
    <message>
        <source>Usage: tokendesk-cli diagnose &lt;log-file|-&gt;

Reads the log of a failed CI publish (a file, or - for standard input) and prints
the likely causes, most likely first, each with a concrete fix.</source>
        <translation>用法：tokendesk-cli diagnose &lt;log-file|-&gt;

读取失败的 CI 发布日志（文件，或用 - 表示标准输入），并按可能性从高到低
输出可能的原因，每个原因都附有具体的修复方法。</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

Finds every npm token on this computer (npm&apos;s config files, project folders,
the environment, .yarnrc.yml and CI workflows) and checks each against the
account. Exit status 1 when a classic, dead or soon-expiring token is in use.

  --project DIR      also scan this project folder (repeatable)
  --userconfig FILE  the user config to read instead of ~/.npmrc
  --json             (global) the findings as JSON</source>
        <translation>用法：tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

查找此计算机上的所有 npm 令牌（npm 的配置文件、项目文件夹、
环境、.yarnrc.yml 和 CI 工作流），并逐一与账户核对。
如果有经典、失效或即将过期的令牌正在使用，退出状态为 1。

  --project DIR      同时扫描此项目文件夹（可重复）
  --userconfig FILE  读取此用户配置，而不是 ~/.npmrc
  --json             （全局）以 JSON 输出结果</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Runs the command with a stored token in NODE_AUTH_TOKEN and NPM_TOKEN, only in
its environment: no .npmrc line, nothing on the command line.</source>
        <translation>用法：tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

运行命令，并仅在其环境中将已保存的令牌放入 NODE_AUTH_TOKEN 和 NPM_TOKEN：
不写入 .npmrc，也不出现在命令行中。</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli trust list [&lt;package&gt; | --all [DIR]]
       tokendesk-cli trust github [&lt;package&gt; | --all [DIR]] --repo OWNER/REPO --file NAME [--env NAME]
       tokendesk-cli trust gitlab [&lt;package&gt; | --all [DIR]] --project PATH --file NAME [--env NAME]
       tokendesk-cli trust circleci [&lt;package&gt;] --org-id ID --project-id ID
           --pipeline-definition-id ID --vcs-origin ORIGIN [--context-id ID]...
       tokendesk-cli trust revoke &lt;package&gt; --id ID [--dry-run]
       tokendesk-cli trust check [DIR]

  --allow-publish, --allow-stage-publish  what the workflow may do
  --auth-type web|legacy  approve in the browser (one approval, ticking &quot;skip 2FA
                          for 5 minutes&quot;, covers --all) or type a code
  --otp CODE              the one-time password
  --dry-run               show what would be done</source>
        <translation>用法：tokendesk-cli trust list [&lt;package&gt; | --all [DIR]]
      tokendesk-cli trust github [&lt;package&gt; | --all [DIR]] --repo OWNER/REPO --file NAME [--env NAME]
      tokendesk-cli trust gitlab [&lt;package&gt; | --all [DIR]] --project PATH --file NAME [--env NAME]
      tokendesk-cli trust circleci [&lt;package&gt;] --org-id ID --project-id ID
          --pipeline-definition-id ID --vcs-origin ORIGIN [--context-id ID]...
      tokendesk-cli trust revoke &lt;package&gt; --id ID [--dry-run]
      tokendesk-cli trust check [DIR]

  --allow-publish, --allow-stage-publish  允许工作流执行的操作
  --auth-type web|legacy  在浏览器中批准（勾选 &quot;skip 2FA for 5 minutes&quot; 后，
                          一次批准即可涵盖 --all）或输入验证码
  --otp CODE              一次性密码
  --dry-run               显示将要执行的操作</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli whoami

Prints the user name the registry knows you by.</source>
        <translation>用法：tokendesk-cli whoami

输出注册表所识别的您的用户名。</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli stage list [&lt;package&gt;]
       tokendesk-cli stage view &lt;stage-id&gt;
       tokendesk-cli stage download &lt;stage-id&gt;
       tokendesk-cli stage diff &lt;stage-id&gt;
       tokendesk-cli stage approve &lt;stage-id&gt;... | --all [--package P]
       tokendesk-cli stage reject &lt;stage-id&gt;... | --all [--package P]

Staged versions wait, unpublished, until a maintainer approves them with 2FA.
list, view and download print what npm stage prints; list covers every account
signed in to the registry, the other subcommands the one signed in last. diff
compares a staged tarball with the last published version (files, package.json,
install scripts).

  --otp CODE              one code for the whole batch, reused while it is valid
  --auth-type web|legacy  a browser approval per version (default), or a code
  --project DIR           approve in the dependency order of this workspace
  --json                  machine-readable output</source>
        <translation>用法：tokendesk-cli stage list [&lt;package&gt;]
      tokendesk-cli stage view &lt;stage-id&gt;
      tokendesk-cli stage download &lt;stage-id&gt;
      tokendesk-cli stage diff &lt;stage-id&gt;
      tokendesk-cli stage approve &lt;stage-id&gt;... | --all [--package P]
      tokendesk-cli stage reject &lt;stage-id&gt;... | --all [--package P]

暂存版本在维护者通过 2FA 批准之前一直处于等待状态，不会发布。
list、view 和 download 的输出与 npm stage 相同；list 涵盖已登录该注册表的
所有账户，其他子命令使用最后登录的账户。diff 将暂存的 tarball 与上一个
已发布版本进行比较（文件、package.json、安装脚本）。

  --otp CODE              整批共用一个验证码，在有效期内重复使用
  --auth-type web|legacy  每个版本在浏览器中批准一次（默认），或输入验证码
  --project DIR           按此工作区的依赖顺序批准
  --json                  机器可读的输出</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Every package you can publish, how it gets published today (trusted publishers,
tokens and where they are used, the last release) and whether that survives
January 2027, when npm ends direct publishing with tokens. For each package at
risk it prints the way out. Exit status 1 while any package is at risk.</source>
        <translation>用法：tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

列出您可以发布的每个包、它目前的发布方式（可信发布者、令牌及其使用位置、
上次发布），以及该方式能否在 2027 年 1 月 npm 终止使用令牌直接发布后继续有效。
对每个有风险的包，会给出解决办法。只要有任何包存在风险，退出状态即为 1。</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli ci login github|gitlab|circleci [--host HOST] [--api-url URL]
           [--with-token | --from-gh]
       tokendesk-cli ci status [--project DIR]... [--json]
       tokendesk-cli ci logout github|gitlab|circleci [--host HOST]

Signs in to a CI service so &apos;token rotate&apos; and &apos;migrate --apply&apos; update its
secrets themselves: push the new token, verify it, wait the grace period, then
revoke the old one. The credential is kept in the keychain.

  --with-token    read the token from standard input (never from an argument)
  --from-gh       reuse the GitHub CLI&apos;s sign-in (&apos;gh auth token&apos;)
  (neither)       sign in in the browser with a one-time code (GitHub, GitLab)
  --host HOST     GitHub Enterprise or self-managed GitLab (default the public one)
  --api-url URL   the API base, when it is not the host&apos;s usual one
  --project DIR   status: the CI secrets this project&apos;s workflows read</source>
        <translation>用法：tokendesk-cli ci login github|gitlab|circleci [--host HOST] [--api-url URL]
           [--with-token | --from-gh]
       tokendesk-cli ci status [--project DIR]... [--json]
       tokendesk-cli ci logout github|gitlab|circleci [--host HOST]

登录 CI 服务，使“token rotate”和“migrate --apply”自行更新其机密：推送新令牌、
进行验证、等待宽限期，然后撤销旧令牌。凭据保存在密钥环中。

  --with-token    从标准输入读取令牌（绝不从参数读取）
  --from-gh       重用 GitHub CLI 的登录（“gh auth token”）
  （均不指定）    在浏览器中使用一次性验证码登录（GitHub、GitLab）
  --host HOST     GitHub Enterprise 或自托管的 GitLab（默认为公共服务）
  --api-url URL   API 基础地址，当它不是该主机的常规地址时使用
  --project DIR   status：此项目的工作流读取的 CI 机密</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli migrate [--project DIR]... [--choose ROW=ACTION]... [--to stage-only] [--apply]
       tokendesk-cli migrate --confirm ROW|TOKEN
       tokendesk-cli migrate --resume | --rollback

Plans the move off classic and long-lived tokens: one row per token in use.

  --apply             create the replacements, rewrite every reference, verify,
                      then revoke the old tokens (journaled, crash-safe)
  --no-ci             do not update CI secrets (confirm them by hand instead)
  --grace MINUTES     keep the old token this long after the CI secrets were
                      updated (default 10; 0 allowed)
  --choose ROW=ACTION change a row&apos;s action, e.g. 2=create-read-only
  --to stage-only     replace every direct-publish token in use by a stage-only
                      token (January 2027); keep the other rows
  --confirm ROW|TOKEN you updated a CI secret or variable: revoke the old token
  --resume, --rollback finish or undo an interrupted run
  --otp CODE, --password-stdin  the second factor and the password</source>
        <translation>用法：tokendesk-cli migrate [--project DIR]... [--choose ROW=ACTION]... [--to stage-only] [--apply]
       tokendesk-cli migrate --confirm ROW|TOKEN
       tokendesk-cli migrate --resume | --rollback

规划从经典令牌和长期令牌迁出：每个使用中的令牌占一行。

  --apply             创建替换令牌，改写所有引用并验证，然后撤销旧令牌
                      （记录日志，可安全应对崩溃）
  --no-ci             不更新 CI 机密（改为手动确认）
  --grace MINUTES     CI 机密更新后，旧令牌再保留这么长时间
                      （默认 10；允许 0）
  --choose ROW=ACTION 更改某一行的操作，例如 2=create-read-only
  --to stage-only     将所有使用中的直接发布令牌替换为仅暂存令牌
                      （2027 年 1 月）；其他行保持不变
  --confirm ROW|TOKEN 您已更新 CI 机密或变量：撤销旧令牌
  --resume, --rollback 完成或撤消中断的运行
  --otp CODE, --password-stdin  第二重验证和密码</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Signs in and keeps the 2-hour session in the keychain.

  --auth-type web     sign in in the browser (the default)
  --auth-type legacy  user name and password (read from standard input)
  --otp CODE          the one-time password, if the account asks for one
  --scope @SCOPE      sign in to the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>用法：tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

登录并将 2 小时的会话保存在密钥环中。

  --auth-type web     在浏览器中登录（默认）
  --auth-type legacy  用户名和密码（从标准输入读取）
  --otp CODE          一次性密码（如果账户要求）
  --scope @SCOPE      登录该作用域的注册表（.npmrc 中的 @SCOPE:registry）</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli logout [--scope @SCOPE]

Ends the session on the registry and removes it from the keychain.

  --scope @SCOPE      the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>用法：tokendesk-cli logout [--scope @SCOPE]

结束注册表上的会话，并将其从密钥环中移除。

  --scope @SCOPE      该作用域的注册表（.npmrc 中的 @SCOPE:registry）</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli token list|ls [--parseable]
       tokendesk-cli token create --name NAME [--packages P,..] [--scopes @S,..]
           [--packages-all] [--packages-and-scopes-permission read-only|read-write]
           [--orgs O,..] [--orgs-permission ...] [--expires DAYS] [--cidr RANGES]
           [--bypass-2fa] [--token-description TEXT] --password-stdin [--otp CODE]
       tokendesk-cli token rotate &lt;id|prefix&gt; --password-stdin [--no-ci] [--grace MINUTES]
       tokendesk-cli token revoke|rm|delete|remove &lt;id|prefix&gt; [--otp CODE]</source>
        <translation>用法：tokendesk-cli token list|ls [--parseable]
       tokendesk-cli token create --name NAME [--packages P,..] [--scopes @S,..]
           [--packages-all] [--packages-and-scopes-permission read-only|read-write]
           [--orgs O,..] [--orgs-permission ...] [--expires DAYS] [--cidr RANGES]
           [--bypass-2fa] [--token-description TEXT] --password-stdin [--otp CODE]
       tokendesk-cli token rotate &lt;id|prefix&gt; --password-stdin [--no-ci] [--grace MINUTES]
       tokendesk-cli token revoke|rm|delete|remove &lt;id|prefix&gt; [--otp CODE]</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli verify &lt;package&gt;[@&lt;version&gt;] [--all-versions] [--trust-root FILE] [--json]

Checks who published a version (the latest by default): the registry&apos;s signature,
the provenance bundle, and the repository, workflow, ref and trigger in its
certificate against the package&apos;s remembered trust configs and earlier releases.
Exit status 1 when a version is suspicious or failed.

  --all-versions     every version, oldest first
  --trust-root FILE  trust data to use instead of the shipped Sigstore and npm keys
                     (a trusted_root.json, such as the sandbox&apos;s /-/sandbox/trusted-root)
  --json             the checks and verdicts as JSON</source>
        <translation>用法：tokendesk-cli verify &lt;package&gt;[@&lt;version&gt;] [--all-versions] [--trust-root FILE] [--json]

检查某个版本（默认为最新版本）是由谁发布的：注册表的签名、来源证明捆绑包，
以及其证书中的仓库、工作流、ref 和触发器，并与该包记录的信任配置和
更早的版本进行比较。
如果有可疑或验证失败的版本，退出状态为 1。

  --all-versions     所有版本，从最旧的开始
  --trust-root FILE  代替内置 Sigstore 和 npm 密钥使用的信任数据
                     （trusted_root.json，例如沙盒的 /-/sandbox/trusted-root）
  --json             以 JSON 输出检查项和结论</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli completion-ids tokens

Prints the ids of the tokens in TokenDesk&apos;s local cache, one per line, for the
bash, zsh and fish completions. No network, no keychain, no secret.</source>
        <translation>Usage: tokendesk-cli completion-ids tokens

每行输出一个 TokenDesk 本地缓存中的令牌 ID，供 bash、zsh 和 fish 补全使用。
不访问网络，不读取钥匙串，不涉及任何机密。</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli watch [--once] [--json] [--interval MIN] [--trust-root FILE]
       tokendesk-cli watch ack &lt;package&gt;@&lt;version&gt;
       tokendesk-cli watch expect &lt;package&gt; [--for MINUTES]
       tokendesk-cli watch exclude|include &lt;package&gt;

Watches every package your signed-in accounts can write (and the pinned ones) for
new versions, moved dist-tags, deprecations and new maintainers, and judges each
release: who published it (provenance, as &apos;verify&apos; checks it), install scripts and
other content signals, bursts across your packages. The first run takes a baseline
and alarms on nothing already published. An alarm stays open until you answer it.
Exit status with --once: 1 while an alarm is open, 0 otherwise, 2 when the watch
could not run or the command line is wrong.

  --once             one pass over every package, then exit
  --interval MIN     minutes between two reads of a package (5 to 1440; default 10)
  --trust-root FILE  trust data to use instead of the shipped Sigstore and npm keys
  --json             the releases with level, reasons, codes and publisher as JSON
  ack                &quot;it was me&quot;: closes the alarms of that version
  expect --for MIN   a manual publish of the package in the next MIN minutes
                     (default 60) is not an alarm
  exclude / include  stop judging the package&apos;s releases (never an alarm), or
                     judge them again; remembered</source>
        <translation>用法：tokendesk-cli watch [--once] [--json] [--interval MIN] [--trust-root FILE]
      tokendesk-cli watch ack &lt;package&gt;@&lt;version&gt;
      tokendesk-cli watch expect &lt;package&gt; [--for MINUTES]
      tokendesk-cli watch exclude|include &lt;package&gt;

监视您已登录的账户可写入的每个包（以及已固定的包）的新版本、标签移动、弃用和
新维护者，并判定每个版本：由谁发布（来源证明，与“verify”的检查方式相同）、
安装脚本及其他内容信号、您的多个包的集中发布。首次运行时建立基线，对已发布的
内容不发出警报。警报在您答复之前一直保持未处理状态。
使用 --once 时的退出状态：有未处理的警报时为 1，否则为 0，监视无法运行或
命令行有误时为 2。

  --once             对每个包检查一遍，然后退出
  --interval MIN     两次读取同一个包之间的分钟数（5 到 1440；默认 10）
  --trust-root FILE  代替自带的 Sigstore 和 npm 密钥使用的信任数据
  --json             以 JSON 输出版本及其级别、原因、代码和发布者
  ack                “是我发布的”：关闭该版本的警报
  expect --for MIN   在接下来 MIN 分钟内（默认 60）手动发布该包
                     不会触发警报
  exclude / include  停止判定该包的版本（绝不触发警报），或重新判定；
                     此设置会被记住</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli lockdown &lt;package&gt;... [--dry-run] [--otp CODE] [--skip STEP]...
                              [--bad VERSION]... [--keep-ci-tokens] [--report FILE]
                              [--trust-root FILE]
       tokendesk-cli lockdown --resume [--otp CODE] [--report FILE]

Responds to a compromised release. Reads each package, your tokens and the bad
versions (--bad, else the publish watch&apos;s open alarms), prints the plan, then checks
this machine for a worm&apos;s persistence (a watchdog that wipes your home folder when
the stolen token dies) and, if none is found, runs every step that applies under one
2FA approach: require-2fa, revoke-trust, revoke-tokens, remove-maintainers,
reject-staged, move-tags, deprecate (unpublish is only explained). Writes an incident
report. Exit status: 0 every step done, 1 a step failed (--resume retries it), 2 a
usage error or facts that could not be read, 3 persistence found (nothing changed).

  --dry-run          print the plan and change nothing
  --resume           carry on the newest unfinished lockdown (this program&apos;s or
                     the desktop&apos;s) from its first step not done
  --otp CODE         a one-time code, reused while the registry accepts it
  --skip STEP        leave a step out (the ids above); repeatable
  --bad VERSION      a bad version (repeatable); default: the watch&apos;s open alarms
  --keep-ci-tokens   keep the tokens TokenDesk verified in your own CI
  --report FILE      where the incident report goes (default: lockdown-&lt;time&gt;.md
                     in the current folder)
  --trust-root FILE  trust data, as for watch and verify</source>
        <translation>用法：tokendesk-cli lockdown &lt;package&gt;... [--dry-run] [--otp CODE] [--skip STEP]...
                             [--bad VERSION]... [--keep-ci-tokens] [--report FILE]
                             [--trust-root FILE]
      tokendesk-cli lockdown --resume [--otp CODE] [--report FILE]

应对已遭入侵的版本。读取每个包、您的令牌以及有问题的版本（--bad，否则为发布监视
中未处理的警报），打印计划，然后检查本机是否有蠕虫痕迹（被盗令牌失效时会清除您
主文件夹的看门狗程序）；如果未发现，则在一次 2FA 批准下运行所有适用的步骤：
require-2fa、revoke-trust、revoke-tokens、remove-maintainers、reject-staged、
move-tags、deprecate（unpublish 仅作说明）。会写入一份事件报告。退出状态：0 所有
步骤均已完成，1 某个步骤失败（--resume 可重试），2 用法错误或无法读取所需信息，
3 发现蠕虫痕迹（未做任何更改）。

  --dry-run          打印计划，不做任何更改
  --resume           从第一个未完成的步骤继续最近一次未完成的锁定（本程序或桌面应用的）
  --otp CODE         一次性验证码，在注册表接受期间重复使用
  --skip STEP        跳过某个步骤（上面的 ID）；可重复
  --bad VERSION      有问题的版本（可重复）；默认：监视中未处理的警报
  --keep-ci-tokens   保留 TokenDesk 已确认在您自己的 CI 中使用的令牌
  --report FILE      事件报告的写入位置（默认：当前文件夹中的
                     lockdown-&lt;time&gt;.md）
  --trust-root FILE  信任数据，与 watch 和 verify 相同</translation>
    </message>
</context>
<context>
    <name>td::cli::VerifyCommand</name>
    <message>
        <source>check who published each version: signature, provenance and publisher identity</source>
        <translation>检查每个版本由谁发布：签名、来源证明和发布者身份</translation>
    </message>
    <message>
        <source>verify: one package at a time (&apos;%1&apos; is extra)</source>
        <translation>verify：一次只能指定一个包（&apos;%1&apos; 是多余的）</translation>
    </message>
    <message>
        <source>verify needs a package, for example: tokendesk-cli verify @acme/ui@2.4.0</source>
        <translation>verify 需要一个包，例如：tokendesk-cli verify @acme/ui@2.4.0</translation>
    </message>
    <message>
        <source>verify: give a version or --all-versions, not both</source>
        <translation>verify：请指定版本或 --all-versions，不能同时指定</translation>
    </message>
    <message>
        <source>verify: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>verify：无法读取信任数据 %1（最大 4 MiB 的 trusted_root.json 文件）</translation>
    </message>
    <message>
        <source>No trust configs of %1 on record: the publisher is compared with earlier releases only.</source>
        <translation>没有 %1 的信任配置记录：发布者仅与更早的版本进行比较。</translation>
    </message>
</context>
<context>
    <name>td::cli::WatchCommand</name>
    <message>
        <source>watch your packages&apos; publishes and alarm on the ones your release path did not make</source>
        <translation>监视您的包的发布，并对不是经由您的发布途径产生的版本发出警报</translation>
    </message>
    <message>
        <source>--interval needs a number of minutes from 5 to 1440 (the registry caches packuments for 5 minutes)</source>
        <translation>--interval 需要 5 到 1440 之间的分钟数（注册表会将包文档缓存 5 分钟）</translation>
    </message>
    <message>
        <source>watch: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>watch：无法读取信任数据 %1（最大 4 MiB 的 trusted_root.json 文件）</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) watched</source>
        <translation>
            <numerusform>正在监视 %n 个包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n 个未处理的警报</numerusform>
        </translation>
    </message>
    <message>
        <source>watch ack needs one version, for example: tokendesk-cli watch ack @acme/ui@1.1.1</source>
        <translation>watch ack 需要一个版本，例如：tokendesk-cli watch ack @acme/ui@1.1.1</translation>
    </message>
    <message numerus="yes">
        <source>%1@%2: marked as yours; %n open alarm(s) left.</source>
        <translation>
            <numerusform>%1@%2：已标记为您发布的；还剩 %n 个未处理的警报。</numerusform>
        </translation>
    </message>
    <message>
        <source>watch expect needs one package, for example: tokendesk-cli watch expect @acme/ui --for 60</source>
        <translation>watch expect 需要一个包，例如：tokendesk-cli watch expect @acme/ui --for 60</translation>
    </message>
    <message>
        <source>--for needs a number of minutes from 1 to 1440</source>
        <translation>--for 需要 1 到 1440 之间的分钟数</translation>
    </message>
    <message>
        <source>A manual publish of %1 until %2 will not raise an alarm.</source>
        <translation>在 %2 之前手动发布 %1 不会触发警报。</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>new version by %1</source>
        <translation>%1 发布的新版本</translation>
    </message>
    <message>
        <source>dist-tag %1 moved from %2 to %3</source>
        <translation>标签 %1 从 %2 移到了 %3</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>version removed</source>
        <translation>版本已删除</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>已添加维护者 %1</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>已移除维护者 %1</translation>
    </message>
    <message>
        <source>staged by %1, who never staged it before</source>
        <translation>由 %1 暂存，此人以前从未暂存过它</translation>
    </message>
    <message>
        <source>watch: unknown subcommand &apos;%1&apos; (ack, expect, exclude, include or none)</source>
        <translation>watch：未知子命令“%1”（ack、expect、exclude、include 或不指定）</translation>
    </message>
    <message>
        <source>watch exclude needs one package, for example: tokendesk-cli watch exclude @acme/ui</source>
        <translation>watch exclude 需要一个包，例如：tokendesk-cli watch exclude @acme/ui</translation>
    </message>
    <message>
        <source>watch include needs one package, for example: tokendesk-cli watch include @acme/ui</source>
        <translation>watch include 需要一个包，例如：tokendesk-cli watch include @acme/ui</translation>
    </message>
    <message>
        <source>%1 is excluded from the watch: its releases are shown, never judged or alarmed.</source>
        <translation>%1 已从监视中排除：其版本会显示，但绝不会被判定或触发警报。</translation>
    </message>
    <message>
        <source>%1 is watched again.</source>
        <translation>%1 已重新加入监视。</translation>
    </message>
</context>
<context>
    <name>td::cli::WhoamiCommand</name>
    <message>
        <source>show the user name the registry knows you by</source>
        <translation>显示注册表所识别的您的用户名</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami 不接受参数</translation>
    </message>
</context>
<context>
    <name>td::provenance::Bundle</name>
    <message>
        <source>the attestations document is larger than %1 MiB</source>
        <translation>证明文档大于 %1 MiB</translation>
    </message>
    <message>
        <source>the attestations document is not JSON</source>
        <translation>证明文档不是 JSON</translation>
    </message>
    <message>
        <source>the attestations document has a missing or unreadable part (%1)</source>
        <translation>证明文档有缺失或无法读取的部分（%1）</translation>
    </message>
    <message>
        <source>the attestations document has a part of an unexpected type</source>
        <translation>证明文档中有类型不符合预期的部分</translation>
    </message>
</context>
<context>
    <name>td::provenance::BundleVerifier</name>
    <message>
        <source>cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk)</source>
        <translation>无法使用此 TokenDesk 的信任数据验证（请更新 TokenDesk）</translation>
    </message>
    <message>
        <source>%1: the statement is about &quot;%2&quot; (%3), not %4: it belongs to another package or version.</source>
        <translation>%1：该声明针对的是 &quot;%2&quot;（%3），而不是 %4：它属于其他包或版本。</translation>
    </message>
    <message>
        <source>%1: the statement names %2.</source>
        <translation>%1：该声明指明了 %2。</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 is not the version&apos;s dist.integrity: it vouches for other contents.</source>
        <translation>%1：该声明的 sha512 与版本的 dist.integrity 不一致：它担保的是其他内容。</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 equals the version&apos;s dist.integrity.</source>
        <translation>%1：该声明的 sha512 与版本的 dist.integrity 一致。</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature verifies.</source>
        <translation>%1：信封的签名验证通过。</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature does not verify: its statement was changed after signing, or another key signed it.</source>
        <translation>%1：信封的签名未通过验证：其声明在签名后被更改，或由其他密钥签名。</translation>
    </message>
    <message>
        <source>%1: the bundle has no transparency log entry, so neither its time nor its publication can be checked.</source>
        <translation>%1：该捆绑包没有透明日志条目，因此无法检查其时间和公开记录。</translation>
    </message>
    <message>
        <source>Publish attestation</source>
        <translation>发布证明</translation>
    </message>
    <message>
        <source>Publish attestation: the registry key %1 is unknown; the attestation %2.</source>
        <translation>发布证明：注册表密钥 %1 未知；该证明%2。</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1, which expired on %2, before the attestation was logged.</source>
        <translation>发布证明：使用注册表密钥 %1 签名，但该密钥已于 %2 过期，早于该证明被记入日志的时间。</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1.</source>
        <translation>发布证明：使用注册表密钥 %1 签名。</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来源证明</translation>
    </message>
    <message>
        <source>Provenance: the bundle carries no signing certificate.</source>
        <translation>来源证明：该捆绑包不含签名证书。</translation>
    </message>
    <message>
        <source>Could not verify the attestations of %1@%2: %3.</source>
        <translation>无法验证 %1@%2 的证明：%3。</translation>
    </message>
    <message>
        <source>The version&apos;s dist.integrity has no sha512, so no attestation can be matched to its contents.</source>
        <translation>该版本的 dist.integrity 中没有 sha512，因此无法将任何证明与其内容对应。</translation>
    </message>
    <message>
        <source>The bundle format &quot;%1&quot; is newer than this TokenDesk reads; it %2.</source>
        <translation>捆绑包格式 &quot;%1&quot; 比此 TokenDesk 能读取的格式更新；它%2。</translation>
    </message>
    <message>
        <source>There is no npm publish attestation for %1.</source>
        <translation>%1 没有 npm 发布证明。</translation>
    </message>
    <message>
        <source>There is no provenance for %1: who built it cannot be checked.</source>
        <translation>%1 没有来源证明：无法检查是谁构建了它。</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate cannot be read.</source>
        <translation>来源证明：无法读取签名证书。</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate was issued by the Sigstore certificate authority %1 and was valid at the log time %2.</source>
        <translation>来源证明：签名证书由 Sigstore 证书颁发机构 %1 颁发，并在日志时间 %2 时有效。</translation>
    </message>
    <message>
        <source>no certificate authority valid at that time</source>
        <translation>在该时间没有有效的证书颁发机构</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate claims a Sigstore certificate authority but does not chain to it at the log time %1 (%2).</source>
        <translation>来源证明：签名证书声称来自 Sigstore 证书颁发机构，但在日志时间 %1 无法链接到该机构（%2）。</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate&apos;s authority is unknown; the certificate %1.</source>
        <translation>来源证明：签名证书的颁发机构未知；该证书%1。</translation>
    </message>
    <message>
        <source>Provenance: the certificate is for code signing.</source>
        <translation>来源证明：该证书用于代码签名。</translation>
    </message>
    <message>
        <source>Provenance: the certificate is not a code-signing certificate.</source>
        <translation>来源证明：该证书不是代码签名证书。</translation>
    </message>
    <message>
        <source>SCT not checked: no certificate transparency log in this trust data.</source>
        <translation>未检查 SCT：此信任数据中没有证书透明日志。</translation>
    </message>
    <message>
        <source>Provenance: the certificate carries no certificate transparency timestamp (SCT); Sigstore&apos;s authority always embeds one.</source>
        <translation>来源证明：该证书不含证书透明时间戳（SCT）；Sigstore 的颁发机构总会嵌入该时间戳。</translation>
    </message>
    <message>
        <source>Provenance: the certificate was logged in the certificate transparency log %1.</source>
        <translation>来源证明：该证书已记入证书透明日志 %1。</translation>
    </message>
    <message>
        <source>Provenance: the certificate&apos;s transparency timestamp (SCT) does not verify with the log it names.</source>
        <translation>来源证明：该证书的透明时间戳（SCT）无法用其指明的日志验证。</translation>
    </message>
    <message>
        <source>Provenance: the certificate transparency log of the certificate&apos;s timestamp is unknown; it %1.</source>
        <translation>来源证明：该证书时间戳所属的证书透明日志未知；它%1。</translation>
    </message>
    <message>
        <source>%1: the transparency log %2 is unknown; the entry %3.</source>
        <translation>%1：透明日志 %2 未知；该条目%3。</translation>
    </message>
    <message>
        <source>%1: the log entry (%2 %3) has no signed entry timestamp this version reads; it %4.</source>
        <translation>%1：日志条目（%2 %3）没有此版本能读取的已签名条目时间戳；它%4。</translation>
    </message>
    <message>
        <source>%1: the log entry claims a time (%2) outside the period the log&apos;s key was valid for.</source>
        <translation>%1：日志条目声称的时间（%2）不在日志密钥的有效期内。</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed entry timestamp does not verify: the entry, its time or its index was changed.</source>
        <translation>%1：日志的已签名条目时间戳未通过验证：条目、其时间或其索引已被更改。</translation>
    </message>
    <message>
        <source>%1: logged in %2 at %3 (entry %4), signed by the log.</source>
        <translation>%1：已于 %3 记入 %2（条目 %4），并由日志签名。</translation>
    </message>
    <message>
        <source>%1: the log entry does not describe this envelope (its payload hash, signature or signer differ): it was logged for something else.</source>
        <translation>%1：日志条目描述的不是此信封（其负载哈希、签名或签名者不同）：它是为其他内容记录的。</translation>
    </message>
    <message>
        <source>%1: the log entry records this envelope&apos;s payload, signature and signer.</source>
        <translation>%1：日志条目记录了此信封的负载、签名和签名者。</translation>
    </message>
    <message>
        <source>%1: this older bundle carries no inclusion proof; the log&apos;s signed entry timestamp vouches for the entry.</source>
        <translation>%1：此旧版捆绑包不含包含证明；由日志的已签名条目时间戳为该条目担保。</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof does not lead from the entry to the log&apos;s root hash.</source>
        <translation>%1：Merkle 包含证明无法从该条目推导出日志的根哈希。</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof places the entry in a log of %2 entries.</source>
        <translation>%1：Merkle 包含证明表明该条目位于一个有 %2 个条目的日志中。</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed checkpoint does not verify or names another tree than the inclusion proof.</source>
        <translation>%1：日志的已签名检查点未通过验证，或指明的树与包含证明不同。</translation>
    </message>
    <message>
        <source>%1: the log signed the checkpoint of that tree.</source>
        <translation>%1：日志已为该树的检查点签名。</translation>
    </message>
</context>
<context>
    <name>td::provenance::CertificateIdentity</name>
    <message>
        <source>Could not verify: the provenance certificate is empty or larger than TokenDesk accepts.</source>
        <translation>无法验证：来源证明证书为空，或大于 TokenDesk 可接受的大小。</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate is not valid DER. The registry&apos;s data may be damaged; try again later.</source>
        <translation>无法验证：来源证明证书不是有效的 DER。注册表的数据可能已损坏；请稍后重试。</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate&apos;s extension %1 is malformed.</source>
        <translation>无法验证：来源证明证书的扩展 %1 格式错误。</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate names no issuer, so it says nothing about who published.</source>
        <translation>无法验证：来源证明证书未指明颁发者，因此无法说明是谁发布的。</translation>
    </message>
</context>
<context>
    <name>td::provenance::LastReleaseCheck</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the publish path and verdict (&quot;Published by … — suspicious&quot;), %2 why</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has no release to check yet.</source>
        <translation>%1 还没有可检查的版本。</translation>
    </message>
    <message>
        <source>Publish a version first.</source>
        <translation>请先发布一个版本。</translation>
    </message>
</context>
<context>
    <name>td::provenance::PackumentReleases</name>
    <message>
        <source>Could not verify: the package document is larger than 64 MiB.</source>
        <translation>无法验证：包文档大于 64 MiB。</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document is not valid JSON. Try again later.</source>
        <translation>无法验证：注册表的包文档不是有效的 JSON。请稍后重试。</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document lists no versions.</source>
        <translation>无法验证：注册表的包文档未列出任何版本。</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document nests deeper than %1 levels, which no npm document does.</source>
        <translation>无法验证：注册表的包文档嵌套超过 %1 层，任何 npm 文档都不会这样。</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document has no name.</source>
        <translation>无法验证：注册表的包文档没有名称。</translation>
    </message>
</context>
<context>
    <name>td::provenance::PublishPathWords</name>
    <message>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <source>CircleCI</source>
        <translation>CircleCI</translation>
    </message>
    <message>
        <source>provenance verified</source>
        <translation>来源证明已验证</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>验证失败</translation>
    </message>
    <message>
        <source>Published by %1 from %2, %3 on %4</source>
        <translation>由 %1 从 %2 发布（%4 上的 %3）</translation>
    </message>
    <message>
        <source>Published as a staged release approved by %1, without provenance</source>
        <translation>作为由 %1 批准的暂存版本发布，无来源证明</translation>
    </message>
    <message>
        <source>Published by a trusted publisher, without provenance</source>
        <translation>由可信发布者发布，无来源证明</translation>
    </message>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>由 %1 使用令牌发布，无来源证明</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
</context>
<context>
    <name>td::provenance::PublishPolicy</name>
    <message>
        <source>as a staged release a maintainer approved</source>
        <translation>作为维护者批准的暂存版本</translation>
    </message>
    <message>
        <source>through a trusted publisher</source>
        <translation>通过可信发布者</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>带有来源证明</translation>
    </message>
    <message>
        <source>with a token and without provenance</source>
        <translation>使用令牌且无来源证明</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>other refs</source>
        <translation>其他 ref</translation>
    </message>
    <message>
        <source>Published %1, but version %2 was published %3 before it: a trust downgrade.</source>
        <translation>%1发布，但在它之前的版本 %2 是%3发布的：这是信任降级。</translation>
    </message>
    <message>
        <source>Built from the repository with id %1, but earlier releases came from id %2: the repository was deleted and recreated, or another one took its name.</source>
        <translation>从 ID 为 %1 的仓库构建，但更早的版本来自 ID %2：该仓库已被删除后重新创建，或其名称已被另一个仓库占用。</translation>
    </message>
    <message>
        <source>The repository&apos;s owner has id %1, but earlier releases had owner id %2.</source>
        <translation>仓库所有者的 ID 为 %1，但更早版本的所有者 ID 为 %2。</translation>
    </message>
    <message>
        <source>Built from %1, but earlier releases were built from %2.</source>
        <translation>从 %1 构建，但更早的版本是从 %2 构建的。</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but earlier releases were built by %2.</source>
        <translation>由工作流 %1 构建，但更早的版本由 %2 构建。</translation>
    </message>
    <message>
        <source>The workflow ran on %1, an event someone without write access can cause; releases are not built that way.</source>
        <translation>工作流由 %1 触发，而没有写入权限的人也能引发此事件；版本不是以这种方式构建的。</translation>
    </message>
    <message>
        <source>The workflow ran on %1, but earlier releases ran on %2.</source>
        <translation>工作流由 %1 触发，但更早的版本由 %2 触发。</translation>
    </message>
    <message numerus="yes">
        <source>Built the same way as the %n earlier release(s) with provenance.</source>
        <translation>
            <numerusform>构建方式与之前 %n 个带有来源证明的版本相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk has no trust configs of this package on record, so the publisher was compared with earlier releases only.</source>
        <translation>TokenDesk 没有此包的信任配置记录，因此发布者仅与更早的版本进行了比较。</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but without provenance: the repository and workflow cannot be checked.</source>
        <translation>通过可信发布者发布，但没有来源证明：无法检查仓库和工作流。</translation>
    </message>
    <message>
        <source>Published by %1 with a token, not through the package&apos;s trusted publisher.</source>
        <translation>由 %1 使用令牌发布，而不是通过该包的可信发布者。</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>GitHub Actions %1, %2</source>
        <translation>GitHub Actions %1，%2</translation>
    </message>
    <message>
        <source>GitLab CI %1, %2</source>
        <translation>GitLab CI %1，%2</translation>
    </message>
    <message>
        <source>CircleCI %1</source>
        <translation>CircleCI %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The provenance was issued for %1, but the trusted publisher %2 expects %3.</source>
        <translation>来源证明是为 %1 颁发的，但可信发布者 %2 期望的是 %3。</translation>
    </message>
    <message>
        <source>Built from the repository %1, but the trusted publisher %2 names %3.</source>
        <translation>从仓库 %1 构建，但可信发布者 %2 指定的是 %3。</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but the trusted publisher %2 names %3.</source>
        <translation>由工作流 %1 构建，但可信发布者 %2 指定的是 %3。</translation>
    </message>
    <message>
        <source>Built in the environment %1, but the trusted publisher %2 requires %3.</source>
        <translation>在环境 %1 中构建，但可信发布者 %2 要求 %3。</translation>
    </message>
    <message>
        <source>Built on a %1 runner; the trusted publisher %2 publishes only from GitHub-hosted runners.</source>
        <translation>在 %1 运行器上构建；可信发布者 %2 仅从 GitHub 托管的运行器发布。</translation>
    </message>
    <message>
        <source>The publisher matches the trusted publisher %1.</source>
        <translation>发布者与可信发布者 %1 一致。</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but its provenance did not verify: the repository and workflow cannot be checked.</source>
        <translation>通过可信发布者发布，但其来源证明未通过验证：无法检查仓库和工作流。</translation>
    </message>
    <message>
        <source>Built on a %1 runner, not on one the CI service hosts: whoever controls that machine could have changed the package.</source>
        <translation>在 %1 运行器上构建，而不是在 CI 服务托管的运行器上：控制该计算机的任何人都可能修改了该包。</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistryKeys</name>
    <message>
        <source>The registry&apos;s key list is larger than 1 MiB.</source>
        <translation>注册表的密钥列表大于 1 MiB。</translation>
    </message>
    <message>
        <source>The registry&apos;s key list is not the expected JSON ({&quot;keys&quot;: [...]}).</source>
        <translation>注册表的密钥列表不是预期的 JSON（{&quot;keys&quot;: [...]}）。</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its expiry date cannot be read.</source>
        <translation>已忽略密钥 %1：无法读取其过期日期。</translation>
    </message>
    <message>
        <source>Key %1 was ignored: TokenDesk does not know key type &quot;%2&quot;.</source>
        <translation>已忽略密钥 %1：TokenDesk 不认识密钥类型 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its key material does not match its keyid.</source>
        <translation>已忽略密钥 %1：其密钥材料与其 keyid 不一致。</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistrySignature</name>
    <message>
        <source>The version document is not the one asked for: its %1 is &quot;%2&quot;, expected &quot;%3&quot;. A signature in it does not count (it may be replayed from another package).</source>
        <translation>版本文档不是所请求的那个：其 %1 为 &quot;%2&quot;，应为 &quot;%3&quot;。其中的签名不算数（它可能是从其他包重放的）。</translation>
    </message>
    <message>
        <source>The version document of %1 is not a JSON object, so it cannot be the one the registry signed.</source>
        <translation>%1 的版本文档不是 JSON 对象，因此不可能是注册表签名的那个文档。</translation>
    </message>
    <message>
        <source>%1 carries no registry signature, so it cannot be checked that the registry published these contents.</source>
        <translation>%1 不带注册表签名，因此无法检查注册表是否发布了这些内容。</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expires; without the publish time TokenDesk cannot tell whether it was valid when the version was published.</source>
        <translation>%1 的注册表签名使用的密钥 %2 会过期；没有发布时间，TokenDesk 无法判断该密钥在版本发布时是否有效。</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expired on %3, no later than the version was published (%4).</source>
        <translation>%1 的注册表签名使用的密钥 %2 已于 %3 过期，不晚于该版本的发布时间（%4）。</translation>
    </message>
    <message>
        <source>The registry signed %1 with its key %2.</source>
        <translation>注册表已使用其密钥 %2 为 %1 签名。</translation>
    </message>
    <message>
        <source>The registry signature of %1 does not match its name, version and integrity: the version document was changed after the registry signed it, or the signature belongs to another package.</source>
        <translation>%1 的注册表签名与其名称、版本和 integrity 不一致：版本文档在注册表签名后被更改，或该签名属于其他包。</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk).</source>
        <translation>%1 的注册表签名使用密钥 %2，无法使用此 TokenDesk 的信任数据验证（请更新 TokenDesk）。</translation>
    </message>
</context>
<context>
    <name>td::provenance::TrustRoot</name>
    <message>
        <source>The trust data file is larger than 4 MiB.</source>
        <translation>信任数据文件大于 4 MiB。</translation>
    </message>
    <message>
        <source>The trust data is not JSON. Use a Sigstore trusted_root.json or the file the sandbox serves at /-/sandbox/trusted-root.</source>
        <translation>信任数据不是 JSON。请使用 Sigstore 的 trusted_root.json，或沙盒在 /-/sandbox/trusted-root 提供的文件。</translation>
    </message>
    <message>
        <source>The trust data is not a Sigstore trusted root (its mediaType is &quot;%1&quot;).</source>
        <translation>信任数据不是 Sigstore 可信根（其 mediaType 为 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>Cannot read the trust data file %1: %2.</source>
        <translation>无法读取信任数据文件 %1：%2。</translation>
    </message>
</context>
<context>
    <name>td::provenance::VersionVerifier</name>
    <message>
        <source>%1 has no version %2 on this registry.</source>
        <translation>%1 在此注册表上没有版本 %2。</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>（最新）</translation>
    </message>
    <message>
        <source>Check the version with &apos;npm view %1 versions&apos;.</source>
        <translation>请使用 &apos;npm view %1 versions&apos; 检查版本。</translation>
    </message>
    <message>
        <source>No provenance: nothing signed says which repository or workflow built this version.</source>
        <translation>没有来源证明：没有任何签名信息说明是哪个仓库或工作流构建了此版本。</translation>
    </message>
    <message>
        <source>Could not fetch the attestations: %1</source>
        <translation>无法获取证明：%1</translation>
    </message>
    <message>
        <source>Could not verify: the attestations are larger than 4 MiB.</source>
        <translation>无法验证：证明大于 4 MiB。</translation>
    </message>
    <message>
        <source>The trust data could not be read: %1</source>
        <translation>无法读取信任数据：%1</translation>
    </message>
    <message>
        <source>Give a trusted_root.json file, such as the sandbox&apos;s /-/sandbox/trusted-root.</source>
        <translation>请提供一个 trusted_root.json 文件，例如沙盒的 /-/sandbox/trusted-root。</translation>
    </message>
</context>
<context>
    <name>td::sandbox</name>
    <message>
        <source>An npmjs-compatible registry on 127.0.0.1 for practice and tests.</source>
        <translation>位于 127.0.0.1 的 npmjs 兼容注册表，用于练习和测试。</translation>
    </message>
    <message>
        <source>TCP port (0 = any free port).</source>
        <translation>TCP 端口（0 = 任意空闲端口）。</translation>
    </message>
    <message>
        <source>Keep state in this file across restarts (atomic writes).</source>
        <translation>在重启之间将状态保存在此文件中（原子写入）。</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: invalid --port</source>
        <translation>tokendesk-sandbox：--port 无效</translation>
    </message>
    <message>
        <source>Rules to enforce: current, 2025-10 (classic tokens allowed), or 2027-01 (bypass-2FA tokens can no longer publish directly, only stage).</source>
        <translation>要执行的规则：current、2025-10（允许经典令牌）或 2027-01（绕过 2FA 的令牌不能再直接发布，只能暂存）。</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: --era must be current, 2025-10 or 2027-01</source>
        <translation>tokendesk-sandbox：--era 必须为 current、2025-10 或 2027-01</translation>
    </message>
    <message>
        <source>Seed: demo, watch, empty, or a JSON file.</source>
        <translation>种子数据：demo、watch、empty 或一个 JSON 文件。</translation>
    </message>
</context>
<context>
    <name>td::sandbox::Pages</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>One-time code (authenticator app or e-mail)</source>
        <translation>一次性验证码（身份验证器应用或电子邮件）</translation>
    </message>
    <message>
        <source>Skip two-factor authentication for the next 5 minutes</source>
        <translation>在接下来的 5 分钟内跳过双因素身份验证</translation>
    </message>
    <message>
        <source>Sign in to finish logging in from the command line.</source>
        <translation>请登录以完成从命令行的登录。</translation>
    </message>
    <message>
        <source>Approve the command &quot;%1&quot; for %2.</source>
        <translation>为 %2 批准命令“%1”。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>This request does not exist, has expired or was already answered.</source>
        <translation>此请求不存在、已过期或已被答复。</translation>
    </message>
    <message>
        <source>We e-mailed you a code (see GET /-/sandbox/outbox).</source>
        <translation>我们已通过电子邮件向您发送了验证码（参见 GET /-/sandbox/outbox）。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>双因素身份验证</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The request was denied. You can close this page.</source>
        <translation>请求已被拒绝。您可以关闭此页面。</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Enter the code we e-mailed you.</source>
        <translation>请输入我们通过电子邮件发送给您的验证码。</translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation>该验证码无效。</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Approved. Return to your terminal.</source>
        <translation>已批准。请返回您的终端。</translation>
    </message>
</context>
<context>
    <name>td::watch::PackumentPoller</name>
    <message>
        <source>The registry&apos;s packument of %1 is not valid JSON.</source>
        <translation>注册表中 %1 的包文档不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The watch tries again at the package&apos;s next turn.</source>
        <translation>监视将在轮到该包时重试。</translation>
    </message>
    <message>
        <source>The registry refuses to show %1 even with your read token.</source>
        <translation>即使使用您的读取令牌，注册表仍拒绝显示 %1。</translation>
    </message>
    <message>
        <source>%1 is not public; watching it needs a read token in the keychain.</source>
        <translation>%1 不是公开的；监视它需要密钥环中的读取令牌。</translation>
    </message>
</context>
<context>
    <name>td::watch::ReleaseSignals</name>
    <message>
        <source>Unpacked size jumped from %1 in %2 to %3.</source>
        <translation>解压后大小从 %2 中的 %1 骤增到 %3。</translation>
    </message>
    <message>
        <source>The file count jumped from %1 in %2 to %3.</source>
        <translation>文件数从 %2 中的 %1 骤增到 %3。</translation>
    </message>
    <message>
        <source>Adds a %1 script: &quot;%2&quot; (%3 had none).</source>
        <translation>添加了 %1 脚本：&quot;%2&quot;（%3 中没有）。</translation>
    </message>
    <message>
        <source>Changes the %1 script from &quot;%2&quot; in %3 to &quot;%4&quot;.</source>
        <translation>将 %1 脚本从 %3 中的 &quot;%2&quot; 改为 &quot;%4&quot;。</translation>
    </message>
    <message>
        <source>Depends on %1 from %2, not from the registry.</source>
        <translation>从 %2 而非注册表获取依赖项 %1。</translation>
    </message>
    <message>
        <source>Adds the optional dependency %1 (%2); %3 had none of that name.</source>
        <translation>添加了可选依赖项 %1（%2）；%3 中没有该名称的依赖项。</translation>
    </message>
    <message>
        <source>Adds the command %1 (%2).</source>
        <translation>添加了命令 %1（%2）。</translation>
    </message>
    <message>
        <source>Points the command %1 at %2 instead of %3.</source>
        <translation>将命令 %1 指向 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Builds native code from a binding.gyp on install (node-gyp runs it without any install script); %1 did not.</source>
        <translation>安装时从 binding.gyp 构建原生代码（即使没有任何安装脚本，node-gyp 也会运行它）；%1 不会这样做。</translation>
    </message>
    <message numerus="yes">
        <source>The first release in %n day(s): the one before, %1, was published on %2.</source>
        <translation>
            <numerusform>%n 天以来的首次发布：上一个版本 %1 发布于 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dist-tag %1 was removed; it pointed at %2.</source>
        <translation>标签 %1 已被移除；它曾指向 %2。</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 back to %3, an older major version.</source>
        <translation>标签 %1 从 %2 移回到了 %3，一个较旧的主版本。</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved back from %2 to the older %3.</source>
        <translation>标签 %1 从 %2 移回到了较旧的 %3。</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 to another major version, %3.</source>
        <translation>标签 %1 从 %2 移到了另一个主版本 %3。</translation>
    </message>
</context>
<context>
    <name>td::watch::StagedReader</name>
    <message>
        <source>The staged versions of %1 could not be read: %2</source>
        <translation>无法读取 %1 的暂存版本：%2</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchMemory</name>
    <message>
        <source>The publish watch&apos;s memory (%1) is %2, far larger than it can be; it was moved aside and the watch starts again from what the registry shows now.</source>
        <translation>发布监视的记忆文件（%1）大小为 %2，远超其可能的大小；已将其移到一旁，监视将从注册表当前显示的内容重新开始。</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) could not be read: %2 The watch starts again from what the registry shows now.</source>
        <translation>无法读取发布监视的记忆文件（%1）：%2 监视将从注册表当前显示的内容重新开始。</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) is damaged; it was moved aside and the watch starts again from what the registry shows now, without alarms for versions already published.</source>
        <translation>发布监视的记忆文件（%1）已损坏；已将其移到一旁，监视将从注册表当前显示的内容重新开始，不会对已发布的版本发出警报。</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchReleaseModel</name>
    <message>
        <source>new version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>tag %1 added</source>
        <translation>已添加标签 %1</translation>
    </message>
    <message>
        <source>tag %1 removed</source>
        <translation>已移除标签 %1</translation>
    </message>
    <message>
        <source>%1 moved from %2</source>
        <translation>%1 从 %2 移来</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>已添加维护者 %1</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>已移除维护者 %1</translation>
    </message>
    <message>
        <source>staged by %1</source>
        <translation>由 %1 暂存</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · 操作者：%2</translation>
    </message>
    <message>
        <source>%1 (history)</source>
        <translation>%1（历史）</translation>
    </message>
    <message>
        <source>%1 (answered)</source>
        <translation>%1（已答复）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Publish path and identity</source>
        <translation>发布途径与身份</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchService</name>
    <message>
        <source>The list of recent releases %1 could not be read (%2); it starts empty.</source>
        <translation>无法读取最近版本列表 %1（%2）；将以空列表开始。</translation>
    </message>
    <message>
        <source>The list of recent releases %1 is damaged; it starts empty.</source>
        <translation>最近版本列表 %1 已损坏；将以空列表开始。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to watch: no account is signed in and no package is pinned. Sign in with &apos;tokendesk-cli login&apos; or in TokenDesk first.</source>
        <translation>没有可监视的内容：没有已登录的账户，也没有已固定的包。请先使用“tokendesk-cli login”或在 TokenDesk 中登录。</translation>
    </message>
    <message>
        <source>The watch has not seen %1@%2.</source>
        <translation>监视尚未见过 %1@%2。</translation>
    </message>
    <message>
        <source>Check the name and version with &apos;tokendesk-cli watch --once&apos;.</source>
        <translation>请使用“tokendesk-cli watch --once”检查名称和版本。</translation>
    </message>
    <message>
        <source>The watch does not know %1 yet.</source>
        <translation>监视尚不了解 %1。</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli watch --once&apos; first.</source>
        <translation>请先运行“tokendesk-cli watch --once”。</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchTargets</name>
    <message>
        <source>The packages of %1 on %2 could not be read: %3</source>
        <translation>无法读取 %2 上 %1 的包：%3</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchVerdict</name>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>由 %1 使用令牌发布，没有来源证明</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Published by %1 with provenance, but not through a trusted publisher</source>
        <translation>由 %1 发布，有来源证明，但未经由可信发布者</translation>
    </message>
    <message>
        <source>Published through a trusted publisher without a maintainer&apos;s approval</source>
        <translation>经由可信发布者发布，未经维护者批准</translation>
    </message>
    <message>
        <source>Published as an approved staged release</source>
        <translation>作为已批准的暂存版本发布</translation>
    </message>
    <message>
        <source>earlier releases had provenance from %1, %2 %3 (last: %4)</source>
        <translation>之前的版本具有来自 %1、%2 %3 的来源证明（最近一次：%4）</translation>
    </message>
    <message>
        <source>earlier releases came from %1, %2 %3 (last: %4)</source>
        <translation>之前的版本来自 %1、%2 %3（最近一次：%4）</translation>
    </message>
    <message>
        <source>earlier releases were staged and approved by %1 (last: %2)</source>
        <translation>之前的版本经过暂存并由 %1 批准（最近一次：%2）</translation>
    </message>
    <message>
        <source>earlier releases came through a trusted publisher (last: %1)</source>
        <translation>之前的版本经由可信发布者发布（最近一次：%1）</translation>
    </message>
    <message>
        <source>earlier releases had provenance (last: %1)</source>
        <translation>之前的版本具有来源证明（最近一次：%1）</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Version %1 was deprecated: &quot;%2&quot;.</source>
        <translation>版本 %1 已被弃用：&quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Version %1 was removed from the registry.</source>
        <translation>版本 %1 已从注册表中删除。</translation>
    </message>
    <message>
        <source>%1 was added as a maintainer of %2; the maintainers were %3.</source>
        <translation>%1 已被添加为 %2 的维护者；之前的维护者为 %3。</translation>
    </message>
    <message>
        <source>%1 is no longer a maintainer of %2; the maintainers are %3.</source>
        <translation>%1 不再是 %2 的维护者；现在的维护者为 %3。</translation>
    </message>
    <message>
        <source>Version %1 was staged by %2, who never staged a version of %3 before (earlier: %4).</source>
        <translation>版本 %1 由 %2 暂存，此人以前从未暂存过 %3 的任何版本（之前暂存过的人：%4）。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) of this account were published within %1 minutes (%2 to %3): %4.</source>
        <translation>
            <numerusform>此账户的 %n 个包在 %1 分钟内（%2 至 %3）被发布：%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>notable</source>
        <translation>值得注意</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Not judged: you excluded %1 from the watch.</source>
        <translation>未判定：您已将 %1 排除在监视之外。</translation>
    </message>
    <message>
        <source>Who published %1 could not be checked: %2</source>
        <translation>无法检查 %1 的发布者：%2</translation>
    </message>
    <message>
        <source>You expected a manual publish of %1 until %2.</source>
        <translation>您预期在 %2 之前手动发布 %1。</translation>
    </message>
    <message>
        <source>Seen on the first run over %1&apos;s history: part of the baseline, shown but not judged.</source>
        <translation>在首次检查 %1 的历史时发现：属于基线的一部分，仅显示而不判定。</translation>
    </message>
    <message>
        <source>You said %1 was you.</source>
        <translation>您已确认 %1 是您发布的。</translation>
    </message>
</context>
</TS>

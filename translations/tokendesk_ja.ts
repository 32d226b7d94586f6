<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>main</name>
    <message>
        <source>Manage npm access tokens.</source>
        <translation>npm アクセストークンを管理します。</translation>
    </message>
    <message>
        <source>Registry offered first when you sign in (for example the sandbox).</source>
        <translation>サインイン時に最初に提示するレジストリ (例: サンドボックス)。</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>ウィンドウを表示せずにトレイで起動します。</translation>
    </message>
    <message>
        <source>%1 A second launch will open another window.</source>
        <translation>%1 もう一度起動すると、別のウィンドウが開きます。</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run TokenDesk in a desktop session, or use tokendesk-cli.</source>
        <translation>ディスプレイが見つかりません (DISPLAY と WAYLAND_DISPLAY が設定されていません)。デスクトップセッションで TokenDesk を実行するか、tokendesk-cli を使用してください。</translation>
    </message>
</context>
<context>
    <name>td::AboutBox</name>
    <message>
        <source>About TokenDesk</source>
        <translation>TokenDesk について</translation>
    </message>
    <message>
        <source>Keeps your npm access tokens in view: expiry, rotation and trusted publishing.</source>
        <translation>npm アクセストークンの有効期限、ローテーション、信頼できる公開をまとめて確認できます。</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. No warranty.</source>
        <translation>ライセンス: GNU General Public License バージョン 3 以降。無保証です。</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>ドキュメント</translation>
    </message>
</context>
<context>
    <name>td::Account</name>
    <message>
        <source>signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>セッション終了</translation>
    </message>
    <message>
        <source>session ends in %1 min</source>
        <translation>セッション終了まで %1 分</translation>
    </message>
    <message>
        <source>session ends in %1 h %2 min</source>
        <translation>セッション終了まで %1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>td::AccountActions</name>
    <message>
        <source>%1 was not signed out: %2</source>
        <translation>%1 からサインアウトできませんでした: %2</translation>
    </message>
    <message>
        <source>Signed out of %1. The cached token list stays; sign in again to manage tokens.</source>
        <translation>%1 からサインアウトしました。キャッシュされたトークン一覧は残ります。トークンを管理するにはもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove %1 from TokenDesk?</source>
        <translation>%1 を TokenDesk から削除しますか?</translation>
    </message>
    <message>
        <source>TokenDesk signs out, then forgets the account and its cached token list on this computer. The tokens stay on npm and their secrets stay in your keychain; revoke them on npm if you no longer need them.</source>
        <translation>TokenDesk はサインアウトしてから、このコンピューター上のアカウントとキャッシュされたトークン一覧を削除します。トークンは npm に残り、そのシークレットはキーチェーンに残ります。不要になったトークンは npm で取り消してください。</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>アカウントを削除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 was removed from TokenDesk.</source>
        <translation>%1 を TokenDesk から削除しました。</translation>
    </message>
    <message>
        <source>The token expiry of %1 was not saved: %2</source>
        <translation>%1 のトークンの有効期限を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>td::AccountFlowPresenter</name>
    <message>
        <source>Sign in to your npm account to see its tokens, or try TokenDesk first on a practice registry with demo tokens.</source>
        <translation>npm アカウントにサインインしてトークンを表示するか、まずデモ用トークンのある練習用レジストリで TokenDesk を試してください。</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>セッションが終了しました。</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
</context>
<context>
    <name>td::AccountListModel</name>
    <message>
        <source>this registry does not report expiry</source>
        <translation>このレジストリは有効期限を報告しません</translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Practice registry (local, not npm)</source>
        <translation>練習用レジストリ (ローカル、npm ではありません)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4</source>
        <translation>%2 (%3) の %1: %4</translation>
    </message>
</context>
<context>
    <name>td::AccountStore</name>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation>アカウント一覧 %1 が破損しています (%2)。</translation>
    </message>
    <message>
        <source>Move the file aside and sign in again.</source>
        <translation>ファイルを別の場所に移動してから、もう一度サインインしてください。</translation>
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
        <translation>セッションが終了しました。</translation>
    </message>
    <message>
        <source>Sign in to an npm account to migrate its tokens.</source>
        <translation>トークンを移行するには npm アカウントにサインインしてください。</translation>
    </message>
    <message>
        <source>%1 Sign in as %2 to refresh the list and manage tokens; the cached list keeps counting down meanwhile.</source>
        <translation>%1 一覧を更新してトークンを管理するには、%2 としてサインインしてください。その間もキャッシュされた一覧のカウントダウンは続きます。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 is staged and waits for your approval</source>
        <translation>%1 %2 がステージングされ、承認を待っています</translation>
    </message>
    <message>
        <source>No web browser could be opened. The documentation is at %1</source>
        <translation>Web ブラウザーを開けませんでした。ドキュメントはこちらです: %1</translation>
    </message>
</context>
<context>
    <name>td::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>td::AuthenticatePage</name>
    <message>
        <source>Confirm it is you</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>npm asks for your password and a second factor to create a token. TokenDesk never stores your password.</source>
        <translation>トークンを作成するため、npm がパスワードと第 2 の認証要素を求めています。TokenDesk はパスワードを保存しません。</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>トークンを作成(&amp;C)</translation>
    </message>
    <message>
        <source>npm account password</source>
        <translation>npm アカウントのパスワード</translation>
    </message>
    <message>
        <source>Code from my &amp;authenticator app</source>
        <translation>認証アプリのコード(&amp;A)</translation>
    </message>
    <message>
        <source>Use a code from an authenticator app</source>
        <translation>認証アプリのコードを使用します</translation>
    </message>
    <message>
        <source>Approve in the browser</source>
        <translation>ブラウザーで承認します</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>ワンタイムコード</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 桁</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>待機を中止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop waiting for the approval</source>
        <translation>承認の待機を中止します</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>npm asks for a one-time code: enter the code from your authenticator app and press Create token.</source>
        <translation>npm がワンタイムコードを求めています。認証アプリのコードを入力して [トークンを作成] を押してください。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. To revoke token &apos;%1&apos;, whose secret never arrived, npm asks for a one-time code: enter a new code and press Create token.</source>
        <translation>レジストリからの応答が失われました。シークレットが届かなかったトークン「%1」を取り消すため、npm がワンタイムコードを求めています。新しいコードを入力して [トークンを作成] を押してください。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. Checking whether token &apos;%1&apos; was created, to revoke it…</source>
        <translation>レジストリからの応答が失われました。トークン「%1」が作成されたかどうかを確認し、取り消します…</translation>
    </message>
    <message>
        <source>Approve the request in your browser. If no browser opened, visit:
%1</source>
        <translation>ブラウザーで要求を承認してください。ブラウザーが開かない場合は、次の URL にアクセスしてください:
%1</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>コードを確認しています…</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>トークンを作成しています…</translation>
    </message>
    <message>
        <source>The token was created.</source>
        <translation>トークンを作成しました。</translation>
    </message>
    <message>
        <source>Approve in my b&amp;rowser (security key or passkey)</source>
        <translation>ブラウザーで承認する (セキュリティキーまたはパスキー)(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>コード(&amp;D):</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve the request there:
%1</source>
        <translation>Web ブラウザーを開けませんでした。ブラウザーで次のアドレスを開き、要求を承認してください:
%1</translation>
    </message>
</context>
<context>
    <name>td::Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
</context>
<context>
    <name>td::BatchTwoFactorPrompt</name>
    <message>
        <source>A one-time password is needed.</source>
        <translation>ワンタイムパスワードが必要です。</translation>
    </message>
</context>
<context>
    <name>td::BootstrapRunner</name>
    <message>
        <source>No one-time password can be asked for here.</source>
        <translation>ここではワンタイムパスワードを求めることができません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Created; it expires in one day.</source>
        <translation>作成しました。有効期限は 1 日です。</translation>
    </message>
    <message>
        <source>Published: %1.</source>
        <translation>公開しました: %1。</translation>
    </message>
    <message>
        <source>Publishing %1 (%2 of %3)…</source>
        <translation>%1 を公開しています (%2/%3)…</translation>
    </message>
    <message>
        <source>npm publish of %1 asks for a one-time password.</source>
        <translation>%1 の npm publish がワンタイムパスワードを求めています。</translation>
    </message>
    <message>
        <source>npm publish needs a one-time password here. If you approve with a security key only, choose &quot;I will publish once by hand&quot;: npm publish in a terminal opens the browser for you.</source>
        <translation>ここでは npm publish にワンタイムパスワードが必要です。セキュリティキーのみで承認する場合は、[一度だけ手動で公開する] を選択してください。ターミナルで npm publish を実行すると、ブラウザーが開きます。</translation>
    </message>
    <message>
        <source>npm could not be started; is Node.js installed?</source>
        <translation>npm を起動できませんでした。Node.js はインストールされていますか?</translation>
    </message>
    <message>
        <source>npm publish of %1 failed: %2</source>
        <translation>%1 の npm publish に失敗しました: %2</translation>
    </message>
    <message>
        <source>Configured and verified for %1.</source>
        <translation>%1 について構成し、検証しました。</translation>
    </message>
    <message>
        <source>No token was created.</source>
        <translation>トークンは作成されませんでした。</translation>
    </message>
    <message>
        <source>Revoking failed (%1). Revoke the token &quot;%2&quot; on the registry&apos;s Access Tokens page now.</source>
        <translation>取り消しに失敗しました (%1)。今すぐレジストリの Access Tokens ページでトークン「%2」を取り消してください。</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>取り消しました。</translation>
    </message>
    <message>
        <source>%1 published, trusted publishing configured, the token revoked.</source>
        <translation>%1 を公開し、信頼できる公開を構成し、トークンを取り消しました。</translation>
    </message>
</context>
<context>
    <name>td::CiChecks</name>
    <message>
        <source>Job &quot;%1&quot; does not choose a Node version, so it gets the runner&apos;s default, which may be older than Node %2 that trusted publishing needs.</source>
        <translation>ジョブ「%1」は Node のバージョンを指定していないため、ランナーの既定のバージョンが使われます。これは信頼できる公開に必要な Node %2 より古い可能性があります。</translation>
    </message>
    <message>
        <source>Set up Node 24 explicitly (for example actions/setup-node with node-version: 24).</source>
        <translation>Node 24 を明示的にセットアップしてください (例: actions/setup-node で node-version: 24)。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; uses Node %2; trusted publishing needs Node %3 or newer.</source>
        <translation>ジョブ「%1」は Node %2 を使用しています。信頼できる公開には Node %3 以降が必要です。</translation>
    </message>
    <message>
        <source>Use Node 24 for the publish job.</source>
        <translation>公開ジョブには Node 24 を使用してください。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; installs npm %2; trusted publishing needs npm %3 or newer.</source>
        <translation>ジョブ「%1」は npm %2 をインストールしています。信頼できる公開には npm %3 以降が必要です。</translation>
    </message>
    <message>
        <source>Install a recent npm before publishing: %1</source>
        <translation>公開する前に最新の npm をインストールしてください: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version (%2), which may be older than npm %3.</source>
        <translation>ジョブ「%1」は Node のバージョンに同梱された npm (%2) で公開しますが、これは npm %3 より古い可能性があります。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Add a step before publishing: %1</source>
        <translation>公開の前にステップを追加してください: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version, which is older than npm %2 (Node 20 and 22 bundle npm 10).</source>
        <translation>ジョブ「%1」は Node のバージョンに同梱された npm で公開しますが、これは npm %2 より古いものです (Node 20 と 22 には npm 10 が同梱されています)。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with Yarn, which does not perform npm&apos;s OIDC exchange; the publish fails with &quot;No authentication configured&quot;.</source>
        <translation>ジョブ「%1」は Yarn で公開しますが、Yarn は npm の OIDC 交換を行わないため、公開は &quot;No authentication configured&quot; で失敗します。</translation>
    </message>
    <message>
        <source>Build the tarball with Yarn if you like (yarn pack), but publish it with npm: npm publish package.tgz</source>
        <translation>tarball のビルドは Yarn で行ってもかまいません (yarn pack) が、公開は npm で行ってください: npm publish package.tgz</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with pnpm. Only pnpm versions with trusted-publishing support perform the OIDC exchange (pnpm/pnpm#9812); older ones fall back to a token and fail with E404 or ENEEDAUTH.</source>
        <translation>ジョブ「%1」は pnpm で公開します。OIDC 交換を行うのは信頼できる公開に対応した pnpm のバージョンのみです (pnpm/pnpm#9812)。古いバージョンはトークンにフォールバックし、E404 または ENEEDAUTH で失敗します。</translation>
    </message>
    <message>
        <source>Use a pnpm version that supports trusted publishing, or publish the packed tarball with npm publish.</source>
        <translation>信頼できる公開に対応した pnpm のバージョンを使用するか、パックした tarball を npm publish で公開してください。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with %2; trusted publishing needs %3 or newer.</source>
        <translation>ジョブ「%1」は %2 で公開します。信頼できる公開には %3 以降が必要です。</translation>
    </message>
    <message>
        <source>Check that the version you run is at least %1.</source>
        <translation>実行するバージョンが %1 以上であることを確認してください。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs %2 %3, which does not support trusted publishing; %4 or newer is needed.</source>
        <translation>ジョブ「%1」は %2 %3 を実行しますが、これは信頼できる公開に対応していません。%4 以降が必要です。</translation>
    </message>
    <message>
        <source>Upgrade to %1.</source>
        <translation>%1 にアップグレードしてください。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs on &quot;%2&quot;. npm accepts trusted publishing only from cloud runners (GitHub-hosted, GitLab.com shared, CircleCI cloud); provenance fails with E422 and the OIDC exchange is refused.</source>
        <translation>ジョブ「%1」は「%2」で実行されます。npm が信頼できる公開を受け付けるのはクラウドランナー (GitHub ホステッド、GitLab.com 共有、CircleCI クラウド) からのみです。来歴は E422 で失敗し、OIDC 交換は拒否されます。</translation>
    </message>
    <message>
        <source>Move only the publish job to a cloud-hosted runner (for example runs-on: ubuntu-latest).</source>
        <translation>公開ジョブだけをクラウドホステッドランナーに移してください (例: runs-on: ubuntu-latest)。</translation>
    </message>
    <message>
        <source>%1 still passes a long-lived npm token to job &quot;%2&quot;. When a token is configured npm uses it instead of trusted publishing, and it will expire or stop publishing.</source>
        <translation>%1 はまだ長期間有効な npm トークンをジョブ「%2」に渡しています。トークンが構成されていると npm は信頼できる公開の代わりにそれを使用しますが、そのトークンはいずれ期限切れになるか、公開できなくなります。</translation>
    </message>
    <message>
        <source>Remove %1 from the publish job, and delete the secret once a release has gone through trusted publishing.</source>
        <translation>公開ジョブから %1 を削除し、信頼できる公開でリリースが成功したらシークレットを削除してください。</translation>
    </message>
</context>
<context>
    <name>td::CiClientPushBackend</name>
    <message>
        <source>Not signed in to %1 for %2: tokendesk-cli ci login %3</source>
        <translation>%1 (%2) にサインインしていません: tokendesk-cli ci login %3</translation>
    </message>
    <message>
        <source>This build cannot update %1 secrets yet.</source>
        <translation>このビルドはまだ %1 のシークレットを更新できません。</translation>
    </message>
</context>
<context>
    <name>td::CiConnectDialog</name>
    <message>
        <source>A fine-grained token with &quot;Secrets: read and write&quot; (and &quot;Environments&quot; for environment secrets), or a classic token with &quot;repo&quot; (&quot;admin:org&quot; for organization secrets).</source>
        <translation>「Secrets: read and write」(環境シークレットには「Environments」も) を持つ Fine-grained トークン、または「repo」スコープ (Organization シークレットには「admin:org」) を持つ Classic トークン。</translation>
    </message>
    <message>
        <source>A personal access token with the &quot;api&quot; scope; you need the Maintainer role on the projects (Owner on groups).</source>
        <translation>「api」スコープを持つ個人用アクセストークン。プロジェクトの Maintainer ロール (グループでは Owner) が必要です。</translation>
    </message>
    <message>
        <source>A personal API token (CircleCI → User Settings → Personal API Tokens); project tokens do not work.</source>
        <translation>個人用 API トークン (CircleCI → User Settings → Personal API Tokens)。プロジェクトトークンは使用できません。</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>TokenDesk uses this sign-in to put rotated npm tokens into your %1 secrets. It is kept in your keychain.</source>
        <translation>TokenDesk はこのサインインを使って、ローテーションした npm トークンを %1 のシークレットに書き込みます。サインイン情報はキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (a one-time code)</source>
        <translation>ブラウザーでサインイン (ワンタイムコード)(&amp;B)</translation>
    </message>
    <message>
        <source>Use the GitHub C&amp;LI&apos;s sign-in (gh auth token)</source>
        <translation>GitHub CLI のサインインを使用 (gh auth token)(&amp;L)</translation>
    </message>
    <message>
        <source>Its usual scopes cover repository and environment secrets; for organization secrets run &quot;gh auth refresh -s admin:org&quot; first.</source>
        <translation>通常のスコープでリポジトリシークレットと環境シークレットを扱えます。Organization シークレットには、先に「gh auth refresh -s admin:org」を実行してください。</translation>
    </message>
    <message>
        <source>&amp;Paste a token</source>
        <translation>トークンを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Enter this code on the page that opens:</source>
        <translation>開いたページで次のコードを入力してください:</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>コードをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>サインインページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Host of your repositories:</source>
        <translation>リポジトリのホスト(&amp;H):</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>%1 を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Connected: %1 as %2 on %3.</source>
        <translation>接続しました: %1 に %2 としてサインインしています (%3)。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
</context>
<context>
    <name>td::CiConnectFlow</name>
    <message>
        <source>Check that you pasted the whole token, or create a new one.</source>
        <translation>トークン全体を貼り付けたか確認するか、新しいトークンを作成してください。</translation>
    </message>
    <message>
        <source>Start again and choose Authorize if you meant to connect.</source>
        <translation>接続するつもりだった場合は、もう一度開始して「Authorize」を選択してください。</translation>
    </message>
    <message>
        <source>Start again for a new code.</source>
        <translation>新しいコードを取得するには、もう一度開始してください。</translation>
    </message>
    <message>
        <source>Paste the %1 token first.</source>
        <translation>先に %1 トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The GitHub CLI is not available here.</source>
        <translation>この環境では GitHub CLI を使用できません。</translation>
    </message>
    <message>
        <source>Asking the GitHub CLI for its sign-in…</source>
        <translation>GitHub CLI にサインイン情報を問い合わせています…</translation>
    </message>
    <message>
        <source>%1 offers no browser sign-in here: paste a token instead.</source>
        <translation>%1 はここではブラウザーでのサインインに対応していません。代わりにトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>%1 にサインインコードを要求しています…</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code on %1…</source>
        <translation>%1 でコードが入力されるのを待っています…</translation>
    </message>
    <message>
        <source>Checking who the credential belongs to…</source>
        <translation>認証情報の所有者を確認しています…</translation>
    </message>
    <message>
        <source>TokenDesk cannot talk to %1 yet: this build has no client for it.</source>
        <translation>TokenDesk はまだ %1 と通信できません: このビルドには対応するクライアントがありません。</translation>
    </message>
    <message>
        <source>Saving the credential in your keychain…</source>
        <translation>認証情報をキーチェーンに保存しています…</translation>
    </message>
</context>
<context>
    <name>td::CiCredentialStore</name>
    <message>
        <source>The list of CI sign-ins %1 is damaged; remove it and sign in again with &apos;tokendesk-cli ci login&apos;.</source>
        <translation>CI サインインの一覧 %1 が破損しています。削除してから「tokendesk-cli ci login」でもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The keychain did not take the %1 credential: %2</source>
        <translation>キーチェーンが %1 の認証情報を受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>The %1 sign-in is no longer in the keychain; sign in again: tokendesk-cli ci login %2</source>
        <translation>%1 のサインインがキーチェーンにありません。もう一度サインインしてください: tokendesk-cli ci login %2</translation>
    </message>
</context>
<context>
    <name>td::CiDeviceFlow</name>
    <message>
        <source>Use %1 --from-gh (the GitHub CLI&apos;s sign-in) or --with-token (a pasted token).</source>
        <translation>%1 --from-gh (GitHub CLI のサインイン) または --with-token (トークンの貼り付け) を使用してください。</translation>
    </message>
    <message>
        <source>Use %1 --with-token (a pasted token).</source>
        <translation>%1 --with-token (トークンの貼り付け) を使用してください。</translation>
    </message>
    <message>
        <source>This build has no GitHub OAuth app, so it cannot sign in to GitHub in the browser.</source>
        <translation>このビルドには GitHub OAuth アプリがないため、ブラウザーで GitHub にサインインできません。</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in request could not be read.</source>
        <translation>サインイン要求に対する %1 の応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>API アドレスを確認してください。正しい場合は、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in could not be read.</source>
        <translation>サインインに対する %1 の応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Run %1 again.</source>
        <translation>%1 をもう一度実行してください。</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved on %1.</source>
        <translation>サインインコードは %1 で承認される前に期限切れになりました。</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 again and approve the new code within %n minute(s).</source>
        <translation>
            <numerusform>%1 をもう一度実行し、%n 分以内に新しいコードを承認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was denied on %1.</source>
        <translation>サインインは %1 で拒否されました。</translation>
    </message>
    <message>
        <source>Run %1 again and choose Authorize if you meant to connect.</source>
        <translation>接続するつもりだった場合は、%1 をもう一度実行して「Authorize」を選択してください。</translation>
    </message>
    <message>
        <source>%1 has the device sign-in turned off for TokenDesk&apos;s app.</source>
        <translation>%1 では TokenDesk のアプリのデバイスサインインが無効になっています。</translation>
    </message>
    <message>
        <source>%1 does not know this build&apos;s OAuth app (%2).</source>
        <translation>%1 はこのビルドの OAuth アプリ (%2) を認識していません。</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;.</source>
        <translation>%1 はサインインを「%2」で終了しました。</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;: %3.</source>
        <translation>%1 はサインインを「%2」で終了しました: %3。</translation>
    </message>
</context>
<context>
    <name>td::CiHttp</name>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Organization secrets</source>
        <translation>Organization シークレット</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>%1 read and write</source>
        <translation>%1 (読み取りと書き込み)</translation>
    </message>
    <message>
        <source>%1 read-only</source>
        <translation>%1 (読み取り専用)</translation>
    </message>
    <message>
        <source>The GitHub token lacks the permission %1; grant it (fine-grained token: %2) or run %3 again.</source>
        <translation>GitHub トークンに権限 %1 がありません。権限を付与するか (Fine-grained トークン: %2)、%3 をもう一度実行してください。</translation>
    </message>
    <message>
        <source>A classic token needs the repo scope (organization secrets also admin:org).</source>
        <translation>Classic トークンには repo スコープが必要です (Organization シークレットには admin:org も必要)。</translation>
    </message>
    <message>
        <source>The GitHub sign-in lacks the scope %1.</source>
        <translation>GitHub のサインインにスコープ %1 がありません。</translation>
    </message>
    <message>
        <source>Run gh auth refresh -s %1 if it came from the GitHub CLI, or run %2 again.</source>
        <translation>GitHub CLI のサインインの場合は gh auth refresh -s %1 を実行するか、%2 をもう一度実行してください。</translation>
    </message>
    <message>
        <source>GitHub refused the request (403 Forbidden).</source>
        <translation>GitHub が要求を拒否しました (403 Forbidden)。</translation>
    </message>
    <message>
        <source>GitHub refused the request: %1</source>
        <translation>GitHub が要求を拒否しました: %1</translation>
    </message>
    <message>
        <source>Check that the token may write Actions secrets there, or run %1 again.</source>
        <translation>トークンがそこで Actions シークレットを書き込めるか確認するか、%1 をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Grant %1, or run %2 again.</source>
        <translation>%1 を付与するか、%2 をもう一度実行してください。</translation>
    </message>
    <message>
        <source>TokenDesk has no network access set up for %1.</source>
        <translation>TokenDesk には %1 へのネットワークアクセスが設定されていません。</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (it expired or was revoked).</source>
        <translation>%1 がサインインを受け付けませんでした (期限切れか取り消されています)。</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>もう一度サインインしてください: %1</translation>
    </message>
    <message>
        <source>%1 refused the request (403 Forbidden).</source>
        <translation>%1 が要求を拒否しました (403 Forbidden)。</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 が要求を拒否しました: %2</translation>
    </message>
    <message>
        <source>Check the credential&apos;s permissions, or run %1 again.</source>
        <translation>認証情報の権限を確認するか、%1 をもう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 at %2 found nothing at that address.</source>
        <translation>%2 の %1 で、そのアドレスには何も見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 at %2 has no %3, or the credential cannot see it.</source>
        <translation>%2 の %1 に %3 がないか、認証情報からは見えません。</translation>
    </message>
    <message>
        <source>Check the name, and that the signed-in account has access to it (%1 shows who is signed in).</source>
        <translation>名前を確認し、サインインしているアカウントにアクセス権があることを確認してください (%1 でサインイン中のアカウントを確認できます)。</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid (%2).</source>
        <translation>%1 が要求を無効として拒否しました (%2)。</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid: %2</source>
        <translation>%1 が要求を無効として拒否しました: %2</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it with this message.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、このメッセージを添えて報告してください。</translation>
    </message>
    <message>
        <source>%1 is limiting requests from this account.</source>
        <translation>%1 がこのアカウントからの要求を制限しています。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>数分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 reported a conflict.</source>
        <translation>%1 が競合を報告しました。</translation>
    </message>
    <message>
        <source>%1 reported a conflict: %2</source>
        <translation>%1 が競合を報告しました: %2</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 at %2 failed with HTTP %3.</source>
        <translation>%2 の %1 が HTTP %3 で失敗しました。</translation>
    </message>
    <message>
        <source>Try again later; the service may be having trouble.</source>
        <translation>後でもう一度お試しください。サービスに問題が発生している可能性があります。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 が HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 が HTTP %2 を返しました: %3</translation>
    </message>
</context>
<context>
    <name>td::CiLogDiagnoser</name>
    <message>
        <source>No known cause found in this log. Run the publish again with --loglevel verbose and paste the whole log: npm prints the details of trusted publishing only at that level.</source>
        <translation>このログには既知の原因が見つかりませんでした。--loglevel verbose を付けて公開を再実行し、ログ全体を貼り付けてください。npm は信頼できる公開の詳細をこのレベルでのみ出力します。</translation>
    </message>
</context>
<context>
    <name>td::CiSeal</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>暗号化ライブラリ (libsodium) を起動できませんでした。</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk; if it persists, report it.</source>
        <translation>TokenDesk を再インストールしてください。繰り返し発生する場合は報告してください。</translation>
    </message>
    <message>
        <source>GitHub&apos;s public key for this secret store is not a %1-byte key (got %2 bytes); TokenDesk did not send the secret.</source>
        <translation>このシークレットストアの GitHub 公開キーが %1 バイトのキーではありません (%2 バイトでした)。TokenDesk はシークレットを送信しませんでした。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the API address.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、API アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Sealing the secret for GitHub failed.</source>
        <translation>GitHub 用のシークレットの暗号化に失敗しました。</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は報告してください。</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLedger</name>
    <message>
        <source>The record of CI secret updates %1 is damaged; remove it (TokenDesk only loses which token each GitHub secret holds).</source>
        <translation>CI シークレットの更新記録 %1 が破損しています。削除してください (TokenDesk が失うのは、各 GitHub シークレットがどのトークンを保持しているかの情報だけです)。</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLines</name>
    <message>
        <source>%1 — could not be checked: %2</source>
        <translation>%1 — 確認できませんでした: %2</translation>
    </message>
    <message>
        <source>no client for %1</source>
        <translation>%1 用のクライアントがありません</translation>
    </message>
</context>
<context>
    <name>td::CiSecretTarget</name>
    <message>
        <source>secret %1 in %2</source>
        <translation>%2 のシークレット %1</translation>
    </message>
    <message>
        <source>secret %1 of environment %2 in %3</source>
        <translation>%3 の環境 %2 のシークレット %1</translation>
    </message>
    <message>
        <source>organization secret %1 of %2</source>
        <translation>%2 の Organization シークレット %1</translation>
    </message>
    <message>
        <source>variable %1 in GitLab project %2</source>
        <translation>GitLab プロジェクト %2 の変数 %1</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab project %3</source>
        <translation>GitLab プロジェクト %3 の変数 %1 (環境 %2)</translation>
    </message>
    <message>
        <source>variable %1 in GitLab group %2</source>
        <translation>GitLab グループ %2 の変数 %1</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab group %3</source>
        <translation>GitLab グループ %3 の変数 %1 (環境 %2)</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI project %2</source>
        <translation>CircleCI プロジェクト %2 の変数 %1</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI context %2</source>
        <translation>CircleCI コンテキスト %2 の変数 %1</translation>
    </message>
</context>
<context>
    <name>td::CiServicesPage</name>
    <message>
        <source>When you rotate a token, TokenDesk puts the new one into the CI secrets that hold it, checks it arrived, and only then revokes the old one. Connected services:</source>
        <translation>トークンをローテーションすると、TokenDesk はそのトークンを保持している CI シークレットに新しいトークンを書き込み、反映されたことを確認してから古いトークンを取り消します。接続済みのサービス:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>サインイン中のユーザー</translation>
    </message>
    <message>
        <source>Connected CI services</source>
        <translation>接続済みの CI サービス</translation>
    </message>
    <message>
        <source>No CI service connected: rotations ask you to update CI secrets yourself.</source>
        <translation>CI サービスが接続されていません: ローテーション時には CI シークレットをご自身で更新するよう求められます。</translation>
    </message>
    <message>
        <source>Connect Git&amp;Hub…</source>
        <translation>GitHub に接続(&amp;H)…</translation>
    </message>
    <message>
        <source>Connect Git&amp;Lab…</source>
        <translation>GitLab に接続(&amp;L)…</translation>
    </message>
    <message>
        <source>Connect Ci&amp;rcleCI…</source>
        <translation>CircleCI に接続(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2</source>
        <translation>%2 の %1 サインインを削除</translation>
    </message>
    <message>
        <source>Remove CI sign-in</source>
        <translation>CI サインインの削除</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2 on %3? TokenDesk deletes it from your keychain; rotations then ask you to update these CI secrets yourself.</source>
        <translation>%3 上の %2 の %1 サインインを削除しますか? TokenDesk はキーチェーンからサインイン情報を削除します。以降のローテーションでは、これらの CI シークレットをご自身で更新するよう求められます。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>td::CiTargetDiscovery</name>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 を確認できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>td::CiTexts</name>
    <message>
        <source>updated just now</source>
        <translation>たった今更新</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前に更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前に更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>%n 日前に更新</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not connected: connect %2 to update it automatically</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 a service (&quot;GitHub&quot;)</extracomment>
        <translation>%1 — 未接続: 自動的に更新するには %2 に接続してください</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — 確認中…</translation>
    </message>
    <message>
        <source>%1 — not found in %2</source>
        <translation>%1 — %2 に見つかりません</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 &quot;updated 41 days ago&quot;</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>古いトークンを取り消しています…</translation>
    </message>
    <message>
        <source>old token revoked in %1 s</source>
        <translation>%1 秒後に古いトークンを取り消します</translation>
    </message>
    <message>
        <source>old token revoked in %1 min %2 s</source>
        <extracomment>a countdown: &quot;old token revoked in 9 min 12 s&quot;</extracomment>
        <translation>%1 分 %2 秒後に古いトークンを取り消します</translation>
    </message>
</context>
<context>
    <name>td::CircleCiVariableClient</name>
    <message>
        <source>context %1 of %2</source>
        <translation>%2 のコンテキスト %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>CircleCI did not say who the token belongs to.</source>
        <translation>CircleCI はトークンの所有者を返しませんでした。</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v2.</source>
        <translation>API アドレスが /api/v2 で終わっているか確認してください。</translation>
    </message>
    <message>
        <source>CircleCI has no context named %1 in %2.</source>
        <translation>CircleCI の %2 に %1 という名前のコンテキストはありません。</translation>
    </message>
    <message>
        <source>Check the context&apos;s name in the organization settings, and that the token&apos;s account belongs to %1.</source>
        <translation>Organization の設定でコンテキストの名前を確認し、トークンのアカウントが %1 に所属していることを確認してください。</translation>
    </message>
    <message>
        <source>CircleCI has no %1, or the token&apos;s account cannot see it.</source>
        <translation>CircleCI に %1 がないか、トークンのアカウントからは見えません。</translation>
    </message>
    <message>
        <source>Check the name, and that the project is followed in CircleCI.</source>
        <translation>名前を確認し、そのプロジェクトが CircleCI でフォローされていることを確認してください。</translation>
    </message>
    <message>
        <source>CircleCI needs a personal API token (project tokens do not work on API v2)</source>
        <translation>CircleCI には個人用 API トークンが必要です (API v2 ではプロジェクトトークンは使用できません)</translation>
    </message>
    <message>
        <source>Create one under User Settings → Personal API Tokens, then run tokendesk-cli ci login circleci.</source>
        <translation>User Settings → Personal API Tokens で作成してから、tokendesk-cli ci login circleci を実行してください。</translation>
    </message>
    <message>
        <source>CircleCI did not accept the token. %1.</source>
        <translation>CircleCI はトークンを受け付けませんでした。%1。</translation>
    </message>
    <message>
        <source>CircleCI refused access to %1. %2, of an account that may change its environment variables.</source>
        <translation>CircleCI は %1 へのアクセスを拒否しました。%2。トークンは、その環境変数を変更できるアカウントのものである必要があります。</translation>
    </message>
    <message>
        <source>CircleCI refused the request. %1.</source>
        <translation>CircleCI は要求を拒否しました。%1。</translation>
    </message>
</context>
<context>
    <name>td::ConfirmRevokePanel</name>
    <message>
        <source>copy it from the keychain with the Copy button</source>
        <translation>[コピー] ボタンでキーチェーンからコピーしてください</translation>
    </message>
    <message>
        <source>%1 is still valid: update these places, then revoke it</source>
        <translation>%1 はまだ有効です: 以下の場所を更新してから取り消してください</translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation>新しいトークンをコピー</translation>
    </message>
    <message>
        <source>I updated it — revoke the old token</source>
        <translation>更新しました — 古いトークンを取り消す</translation>
    </message>
    <message>
        <source>Revoke pending: %1</source>
        <translation>取り消し保留中: %1</translation>
    </message>
    <message>
        <source>Its replacement works and is in use, but revoking the old token failed: %1. Retry when the registry answers again.</source>
        <translation>置き換え後のトークンは動作しており使用中ですが、古いトークンの取り消しに失敗しました: %1。レジストリが再び応答するようになったら再試行してください。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>td::Countdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>あと %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>たった今期限切れ</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1 前に期限切れ</translation>
    </message>
</context>
<context>
    <name>td::CredentialFinding</name>
    <message>
        <source>token in plain text</source>
        <translation>平文のトークン</translation>
    </message>
    <message>
        <source>user and password (_auth)</source>
        <translation>ユーザーとパスワード (_auth)</translation>
    </message>
    <message>
        <source>user and password (_password)</source>
        <translation>ユーザーとパスワード (_password)</translation>
    </message>
    <message>
        <source>reference to an environment variable</source>
        <translation>環境変数の参照</translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation>環境変数</translation>
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
        <translation>CI シークレット</translation>
    </message>
    <message>
        <source>%1:%2 CI uses secret %3</source>
        <translation>%1:%2 CI がシークレット %3 を使用しています</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>環境変数 %1</translation>
    </message>
    <message>
        <source>client certificate (certfile, keyfile)</source>
        <translation>クライアント証明書 (certfile、keyfile)</translation>
    </message>
</context>
<context>
    <name>td::CredentialScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
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
        <translation>診断(&amp;D)</translation>
    </message>
    <message>
        <source>Diagnose a CI publish</source>
        <translation>CI での公開を診断</translation>
    </message>
    <message>
        <source>Paste the log of the failed CI job here.</source>
        <translation>失敗した CI ジョブのログをここに貼り付けてください。</translation>
    </message>
    <message>
        <source>CI log</source>
        <translation>CI ログ</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>考えられる原因</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>ログ(&amp;L):</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(ログの %1 行目)</translation>
    </message>
</context>
<context>
    <name>td::DialogLauncher</name>
    <message>
        <source>Sign in to an npm account to create tokens.</source>
        <translation>トークンを作成するには npm アカウントにサインインしてください。</translation>
    </message>
</context>
<context>
    <name>td::ExpiryNotice</name>
    <message>
        <source>npm token &apos;%1&apos; has expired</source>
        <translation>npm トークン「%1」の有効期限が切れました</translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n day(s)</source>
        <translation>
            <numerusform>npm トークン「%1」の有効期限まであと %n 日です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n hour(s)</source>
        <translation>
            <numerusform>npm トークン「%1」の有効期限まであと %n 時間です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n minute(s)</source>
        <translation>
            <numerusform>npm トークン「%1」の有効期限まであと %n 分です</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ExpiryPage</name>
    <message>
        <source>Expiry and IP ranges</source>
        <translation>有効期限と IP 範囲</translation>
    </message>
    <message>
        <source>A shorter life limits the damage of a leaked token. TokenDesk reminds you before it expires.</source>
        <translation>有効期間が短いほど、トークンが漏えいしたときの被害を抑えられます。TokenDesk は期限切れの前にお知らせします。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 日後に期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Custom date:</source>
        <translation>日付を指定(&amp;C):</translation>
    </message>
    <message>
        <source>Custom expiry date</source>
        <translation>有効期限の日付を指定</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>許可する IP 範囲</translation>
    </message>
    <message>
        <source>any address, or e.g. 192.0.2.0/24, 198.51.100.7/32</source>
        <translation>任意のアドレス、または例: 192.0.2.0/24, 198.51.100.7/32</translation>
    </message>
    <message>
        <source>Allowed &amp;IP ranges (IPv4 CIDR):</source>
        <translation>許可する IP 範囲 (IPv4 CIDR)(&amp;I):</translation>
    </message>
    <message>
        <source>npm&apos;s rules: tokens that can write live %1 to %2 days (default %3); read-only tokens default to %4 days with no maximum.</source>
        <translation>npm のルール: 書き込み可能なトークンの有効期間は %1～%2 日 (既定は %3 日) です。読み取り専用トークンの既定は %4 日で、上限はありません。</translation>
    </message>
    <message>
        <source>This token can write.</source>
        <translation>このトークンは書き込みができます。</translation>
    </message>
    <message>
        <source>This token is read-only.</source>
        <translation>このトークンは読み取り専用です。</translation>
    </message>
    <message numerus="yes">
        <source>Expires %1 (in %n day(s)).</source>
        <translation>
            <numerusform>%1 に期限切れ (あと %n 日)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::GitHubCliToken</name>
    <message>
        <source>The GitHub CLI (gh) is not installed: install it and run &quot;gh auth login&quot;, or paste a token instead.</source>
        <translation>GitHub CLI (gh) がインストールされていません: インストールして「gh auth login」を実行するか、代わりにトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The GitHub CLI is not signed in to %1: run &quot;gh auth login --hostname %1&quot;, or paste a token instead.</source>
        <translation>GitHub CLI は %1 にサインインしていません: 「gh auth login --hostname %1」を実行するか、代わりにトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) could not be started: %1</source>
        <translation>GitHub CLI (gh) を起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The GitHub CLI did not answer within 20 seconds: paste a token instead.</source>
        <translation>GitHub CLI が 20 秒以内に応答しませんでした: 代わりにトークンを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>td::GitHubSecretClient</name>
    <message>
        <source>environment %1 in the repository %2/%3</source>
        <translation>リポジトリ %2/%3 の環境 %1</translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation>Organization %1</translation>
    </message>
    <message>
        <source>repository %1/%2</source>
        <translation>リポジトリ %1/%2</translation>
    </message>
    <message>
        <source>Organization secrets read and write (classic token: admin:org)</source>
        <translation>Organization シークレットの読み取りと書き込み (Classic トークン: admin:org)</translation>
    </message>
    <message>
        <source>Secrets read and write (classic token: repo)</source>
        <translation>シークレットの読み取りと書き込み (Classic トークン: repo)</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about %1 could not be read.</source>
        <translation>%1 に関する GitHub の応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>API アドレスを確認してください。正しい場合は、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>サインイン中のユーザー</translation>
    </message>
    <message>
        <source>%1 is not a GitHub secret.</source>
        <translation>%1 は GitHub シークレットではありません。</translation>
    </message>
    <message>
        <source>There is no value to push.</source>
        <translation>送信する値がありません。</translation>
    </message>
    <message>
        <source>the public key of the %1</source>
        <translation>%1 の公開キー</translation>
    </message>
</context>
<context>
    <name>td::GitLabDeviceEndpoints</name>
    <message>
        <source>Signing in to GitLab in the browser needs the Application ID of an OAuth application on %1.</source>
        <translation>ブラウザーで GitLab にサインインするには、%1 上の OAuth アプリケーションのアプリケーション ID が必要です。</translation>
    </message>
    <message>
        <source>Paste a personal access token with scope api instead: tokendesk-cli ci login gitlab --with-token</source>
        <translation>代わりに api スコープを持つ個人用アクセストークンを貼り付けてください: tokendesk-cli ci login gitlab --with-token</translation>
    </message>
</context>
<context>
    <name>td::GitLabVariableClient</name>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer about a CI/CD variable could not be read.</source>
        <translation>CI/CD 変数に関する GitLab の応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v4.</source>
        <translation>API アドレスが /api/v4 で終わっているか確認してください。</translation>
    </message>
    <message>
        <source>GitLab did not say who the token belongs to.</source>
        <translation>GitLab はトークンの所有者を返しませんでした。</translation>
    </message>
    <message>
        <source>GitLab hides the value of %1, so it cannot be read back to check it.</source>
        <translation>GitLab は %1 の値を非表示にしているため、読み戻して確認することができません。</translation>
    </message>
    <message>
        <source>Check the variable in the CI/CD settings yourself.</source>
        <translation>CI/CD 設定で変数をご自身で確認してください。</translation>
    </message>
    <message>
        <source>the Owner role on group %1 (token scope api)</source>
        <translation>グループ %1 の Owner ロール (トークンのスコープ api)</translation>
    </message>
    <message>
        <source>the Maintainer role on project %1 (token scope api)</source>
        <translation>プロジェクト %1 の Maintainer ロール (トークンのスコープ api)</translation>
    </message>
    <message>
        <source>The GitLab token</source>
        <translation>GitLab トークン</translation>
    </message>
    <message>
        <source>The GitLab token of %1</source>
        <translation>%1 の GitLab トークン</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 には %2 が必要です。</translation>
    </message>
    <message>
        <source>Ask an owner to grant that role, or sign in as someone who has it: %1</source>
        <translation>オーナーにそのロールの付与を依頼するか、そのロールを持つユーザーとしてサインインしてください: %1</translation>
    </message>
    <message>
        <source>GitLab has no %1, or the token cannot see it.</source>
        <translation>GitLab に %1 がないか、トークンからは見えません。</translation>
    </message>
    <message>
        <source>Check the path in the CI/CD settings&apos; address, and that the signed-in account is a member.</source>
        <translation>CI/CD 設定のアドレスにあるパスを確認し、サインインしているアカウントがメンバーであることを確認してください。</translation>
    </message>
    <message>
        <source>GitLab refused the new value of %1: a masked variable&apos;s value must be one line without spaces and at least 8 characters.</source>
        <translation>GitLab は %1 の新しい値を拒否しました: マスクされた変数の値は、空白を含まない 1 行の 8 文字以上でなければなりません。</translation>
    </message>
    <message>
        <source>Check the token, or turn off masking for the variable in the CI/CD settings.</source>
        <translation>トークンを確認するか、CI/CD 設定で変数のマスクをオフにしてください。</translation>
    </message>
</context>
<context>
    <name>td::GuiTwoFactorPrompt</name>
    <message>
        <source>You cancelled the two-factor authentication.</source>
        <translation>2 要素認証をキャンセルしました。</translation>
    </message>
    <message>
        <source>Another code was asked for.</source>
        <translation>別のコードが求められました。</translation>
    </message>
</context>
<context>
    <name>td::HttpTransport</name>
    <message>
        <source>The registry&apos;s answer is larger than %1 MB; TokenDesk stopped reading it.</source>
        <translation>レジストリからの応答が %1 MB を超えたため、TokenDesk は読み取りを中止しました。</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the registry is misbehaving.</source>
        <translation>後でもう一度お試しください。問題が続く場合は、レジストリが正常に動作していません。</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s; it may have acted on the request.</source>
        <translation>%1 のレジストリが %2 秒以内に応答を完了しませんでした。要求は処理された可能性があります。</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s.</source>
        <translation>%1 のレジストリが %2 秒以内に応答を完了しませんでした。</translation>
    </message>
    <message>
        <source>The registry at %1 stopped answering for %2 s; it may have acted on the request.</source>
        <translation>%1 のレジストリが %2 秒間応答を停止しました。要求は処理された可能性があります。</translation>
    </message>
    <message>
        <source>The registry at %1 did not answer within %2 seconds.</source>
        <translation>%1 のレジストリが %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Check whether the change was made before you try again.</source>
        <translation>もう一度試す前に、変更が行われたかどうかを確認してください。</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to %1 broke after the request was sent; the registry may have acted on it.</source>
        <translation>要求の送信後に %1 への接続が切断されました。レジストリは要求を処理した可能性があります。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 への安全な接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete.</source>
        <translation>応答が完了する前に %1 への接続が閉じられました。</translation>
    </message>
    <message>
        <source>Could not reach the registry at %1: %2</source>
        <translation>%1 のレジストリに接続できませんでした: %2</translation>
    </message>
    <message>
        <source>TokenDesk never ignores certificate errors; check the system date and the registry&apos;s certificate.</source>
        <translation>TokenDesk は証明書のエラーを無視しません。システムの日付とレジストリの証明書を確認してください。</translation>
    </message>
    <message>
        <source>Check your connection and the registry address, then try again.</source>
        <translation>接続とレジストリのアドレスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The registry redirected too many times.</source>
        <translation>レジストリのリダイレクトが多すぎます。</translation>
    </message>
    <message>
        <source>Check the registry address.</source>
        <translation>レジストリのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The registry redirected to an unencrypted address (%1); TokenDesk refuses to follow.</source>
        <translation>レジストリが暗号化されていないアドレス (%1) にリダイレクトしたため、TokenDesk はリダイレクトに従いません。</translation>
    </message>
    <message>
        <source>The registry at %1 redirected this request to %2; TokenDesk does not send credentials or request data to another address.</source>
        <translation>%1 のレジストリがこの要求を %2 にリダイレクトしました。TokenDesk は認証情報や要求データを別のアドレスに送信しません。</translation>
    </message>
    <message>
        <source>Check the registry address; if the registry has moved, sign in at its new address.</source>
        <translation>レジストリのアドレスを確認してください。レジストリが移転した場合は、新しいアドレスでサインインしてください。</translation>
    </message>
</context>
<context>
    <name>td::IncidentReport</name>
    <message>
        <source>unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>Lockdown: %1 (%2)</source>
        <translation>ロックダウン: %1 (%2)</translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation>## タイムライン</translation>
    </message>
    <message>
        <source>- (nothing recorded)</source>
        <translation>- (記録なし)</translation>
    </message>
    <message>
        <source>## Versions</source>
        <translation>## バージョン</translation>
    </message>
    <message>
        <source>| Package | Version | Published | Verdict | Evidence |</source>
        <translation>| パッケージ | バージョン | 公開日時 | 判定 | 根拠 |</translation>
    </message>
    <message>
        <source>## Actions taken</source>
        <translation>## 実施した操作</translation>
    </message>
    <message>
        <source>Lockdown stopped before any write: this machine had traces of a known worm.</source>
        <translation>書き込みの前にロックダウンを停止しました: このマシンに既知のワームの痕跡がありました。</translation>
    </message>
    <message>
        <source>| Action | Result |</source>
        <translation>| 操作 | 結果 |</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>完了 %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>UNCONFIRMED: sent, no answer (resume the lockdown)</source>
        <translation>未確認: 送信済み、応答なし (ロックダウンを再開してください)</translation>
    </message>
    <message>
        <source>NOT DONE (resume the lockdown)</source>
        <translation>未実施 (ロックダウンを再開してください)</translation>
    </message>
    <message>
        <source>No registry write was made.</source>
        <translation>レジストリへの書き込みは行われませんでした。</translation>
    </message>
    <message>
        <source>- %1: skipped by the user</source>
        <translation>- %1: ユーザーがスキップ</translation>
    </message>
    <message>
        <source>### Steps not taken</source>
        <translation>### 実施しなかった手順</translation>
    </message>
    <message>
        <source>## What is left</source>
        <translation>## 残りの作業</translation>
    </message>
    <message>
        <source>- [ ] Report %1@%2 to npm: %3</source>
        <translation>- [ ] %1@%2 を npm に報告: %3</translation>
    </message>
    <message>
        <source>- [ ] Unpublish (npm&apos;s rules allow it now): `%1`</source>
        <translation>- [ ] 公開を取り下げる (現在は npm のルールで可能): `%1`</translation>
    </message>
    <message>
        <source>- [ ] Purge the CI caches of every affected repository (a poisoned cache re-arms the next release).</source>
        <translation>- [ ] 影響を受けたすべてのリポジトリの CI キャッシュを削除する (汚染されたキャッシュは次のリリースで再び攻撃を仕掛けます)。</translation>
    </message>
    <message>
        <source>- [ ] Rotate every CI secret the affected workflows could read.</source>
        <translation>- [ ] 影響を受けたワークフローが読み取れたすべての CI シークレットをローテーションする。</translation>
    </message>
    <message>
        <source>- [ ] Publish an advisory (GitHub security advisory) naming the bad versions and the good ones.</source>
        <translation>- [ ] 不正なバージョンと正常なバージョンを明記したアドバイザリ (GitHub セキュリティアドバイザリ) を公開する。</translation>
    </message>
    <message>
        <source>- [ ] Publish a clean higher version: version ranges still pick the highest version, whatever the tags say.</source>
        <translation>- [ ] より新しいクリーンなバージョンを公開する: タグに関係なく、バージョン範囲は最も新しいバージョンを選びます。</translation>
    </message>
    <message>
        <source>- [ ] Token revocations can take up to an hour to take effect: watch the packages meanwhile.</source>
        <translation>- [ ] トークンの取り消しが有効になるまで最大 1 時間かかることがあります: その間もパッケージを監視してください。</translation>
    </message>
    <message>
        <source># Incident report: %1</source>
        <translation># インシデントレポート: %1</translation>
    </message>
    <message>
        <source>Written by TokenDesk at %1.</source>
        <translation>TokenDesk が %1 に作成しました。</translation>
    </message>
</context>
<context>
    <name>td::KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>キーチェーンに「%1」という名前のシークレットは保存されていません。</translation>
    </message>
    <message>
        <source>The keychain is locked — unlock it and try again.</source>
        <translation>キーチェーンがロックされています — ロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Unlock your login keyring, for example by signing in to your desktop session or with Seahorse (Passwords and Keys). Nothing was changed.</source>
        <translation>ログインキーリングのロックを解除してください。たとえば、デスクトップセッションにサインインするか、Seahorse (パスワードと鍵) を使用します。何も変更されていません。</translation>
    </message>
    <message>
        <source>The keychain is not responding.</source>
        <translation>キーチェーンが応答していません。</translation>
    </message>
    <message>
        <source>It may be waiting for you to unlock it in another window; answer that prompt or restart the keyring service, then try again.</source>
        <translation>別のウィンドウでロック解除を待っている可能性があります。そのプロンプトに応答するか、キーリングサービスを再起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No usable keychain was found (%1).</source>
        <translation>使用できるキーチェーンが見つかりません (%1)。</translation>
    </message>
    <message>
        <source>TokenDesk keeps secrets only in the system keychain, never in plain files. Start a Secret Service provider such as gnome-keyring or KWallet and try again.</source>
        <translation>TokenDesk はシークレットをシステムのキーチェーンにのみ保存し、通常のファイルには保存しません。gnome-keyring や KWallet などの Secret Service プロバイダーを起動して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>td::KindBadge</name>
    <message>
        <source>session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>Classic</translation>
    </message>
    <message>
        <source>granular</source>
        <translation>Granular</translation>
    </message>
    <message>
        <source>bypasses 2FA</source>
        <translation>2FA をバイパス</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>読み書き</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>ステージングのみ</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>自動化</translation>
    </message>
    <message>
        <source>ends Jan 2027</source>
        <translation>2027 年 1 月に終了</translation>
    </message>
</context>
<context>
    <name>td::LibArchive</name>
    <message>
        <source>libarchive could not be loaded (%1).</source>
        <translation>libarchive を読み込めませんでした (%1)。</translation>
    </message>
    <message>
        <source>%1 is not the libarchive TokenDesk needs: it has no %2.</source>
        <translation>%1 は TokenDesk が必要とする libarchive ではありません: %2 がありません。</translation>
    </message>
</context>
<context>
    <name>td::LocalFile</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file; TokenDesk does not read from pipes.</source>
        <translation>%1 は通常のファイルではなく名前付きパイプ (FIFO) です。TokenDesk はパイプから読み取りません。</translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file; TokenDesk does not read from devices.</source>
        <translation>%1 は通常のファイルではなくデバイスです。TokenDesk はデバイスから読み取りません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
</context>
<context>
    <name>td::LockdownDialog</name>
    <message>
        <source>Reading the packages and your tokens…</source>
        <translation>パッケージとトークンを読み取っています…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Open npm&apos;s &amp;report page</source>
        <translation>npm の報告ページを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>ロックダウン</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Running %1 of %2…</source>
        <translation>手順 %1/%2 を実行中…</translation>
    </message>
    <message>
        <source>%1 … working</source>
        <translation>%1 … 実行中</translation>
    </message>
    <message>
        <source>%1 … done</source>
        <translation>%1 … 完了</translation>
    </message>
    <message>
        <source>%1 … failed: %2</source>
        <translation>%1 … 失敗: %2</translation>
    </message>
    <message>
        <source>Respond to %1</source>
        <translation>%1 への対応</translation>
    </message>
    <message>
        <source>Untick what you do not want. Before the first change TokenDesk checks this computer for a worm&apos;s watchdog. You approve the changes once.</source>
        <translation>不要な手順のチェックを外してください。最初の変更の前に、TokenDesk はこのコンピューターにワームのウォッチドッグがないか確認します。変更の承認は 1 回だけです。</translation>
    </message>
    <message>
        <source>Stopped before any change: this computer has a worm&apos;s persistence. Disarm it first, then press Run again.

%1</source>
        <translation>変更の前に停止しました: このコンピューターにワームの痕跡があります。先に無力化してから、もう一度 [実行] を押してください。

%1</translation>
    </message>
    <message>
        <source>The incident report could not be written.</source>
        <translation>インシデントレポートを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>インシデントレポート: %1</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>すべての手順が完了しました。</translation>
    </message>
    <message>
        <source>A step failed; the steps after it were not run. Retry carries on from the failed step.</source>
        <translation>手順が失敗したため、それ以降の手順は実行されていません。[再試行] すると失敗した手順から続行します。</translation>
    </message>
    <message>
        <source>An earlier lockdown (started %1) stopped before it finished. Resume carries it on from its first step not done; Run plans afresh from the registry.</source>
        <translation>以前のロックダウン (%1 に開始) は完了前に停止しました。「再開」で最初の未完了の手順から続行し、「実行」でレジストリから計画し直します。</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
</context>
<context>
    <name>td::LockdownGather</name>
    <message>
        <source>No bad version of %1 is known: the publish watch has no open alarm for it. Name the versions (tokendesk-cli: --bad VERSION).</source>
        <translation>%1 の不正なバージョンは不明です: 公開監視に %1 の未解決のアラームはありません。バージョンを指定してください (tokendesk-cli: --bad VERSION)。</translation>
    </message>
    <message>
        <source>%1 %2 published</source>
        <translation>%1 %2 を公開</translation>
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
        <translation>ロックダウンのジャーナル %1 が破損しています。</translation>
    </message>
    <message>
        <source>Check the package settings on the website, then start a new lockdown.</source>
        <translation>Web サイトでパッケージの設定を確認してから、新しいロックダウンを開始してください。</translation>
    </message>
</context>
<context>
    <name>td::LockdownPlan</name>
    <message>
        <source>Require 2FA and disallow tokens</source>
        <translation>2FA を必須にしてトークンを禁止</translation>
    </message>
    <message>
        <source>Revoke the abused trusted publisher</source>
        <translation>悪用された信頼できる公開元を取り消す</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>トークンを取り消す</translation>
    </message>
    <message>
        <source>Remove unexpected maintainers</source>
        <translation>想定外のメンテナーを削除</translation>
    </message>
    <message>
        <source>Reject pending staged versions</source>
        <translation>保留中のステージングされたバージョンを拒否</translation>
    </message>
    <message>
        <source>Move dist-tags back to the last good version</source>
        <translation>タグを最後の正常なバージョンに戻す</translation>
    </message>
    <message>
        <source>Deprecate the bad versions</source>
        <translation>不正なバージョンを非推奨にする</translation>
    </message>
    <message>
        <source>Unpublish the bad versions</source>
        <translation>不正なバージョンの公開を取り下げる</translation>
    </message>
    <message>
        <source>%1: require 2FA, disallow tokens</source>
        <translation>%1: 2FA を必須にし、トークンを禁止</translation>
    </message>
    <message>
        <source>Every package already requires 2FA and disallows tokens.</source>
        <translation>すべてのパッケージで既に 2FA が必須で、トークンが禁止されています。</translation>
    </message>
    <message>
        <source>%1: revoke %2</source>
        <translation>%1: %2 を取り消す</translation>
    </message>
    <message>
        <source>%1: %2 kept (not used in the attack)</source>
        <translation>%1: %2 を維持 (攻撃に使われていません)</translation>
    </message>
    <message>
        <source>No trusted publisher published a bad version.</source>
        <translation>不正なバージョンを公開した信頼できる公開元はありません。</translation>
    </message>
    <message>
        <source>No package has a trusted publisher.</source>
        <translation>信頼できる公開元が設定されたパッケージはありません。</translation>
    </message>
    <message>
        <source>The account&apos;s tokens are not known: sign in to list them.</source>
        <translation>アカウントのトークンが不明です: 一覧を表示するにはサインインしてください。</translation>
    </message>
    <message>
        <source>kept: %1 (this lockdown signs in with it; sign out when it is done)</source>
        <translation>維持: %1 (このロックダウンはこのトークンでサインインします。完了したらサインアウトしてください)</translation>
    </message>
    <message>
        <source>kept: %1 (verified in use by %2)</source>
        <translation>維持: %1 (%2 での使用を確認済み)</translation>
    </message>
    <message>
        <source>revoke %1</source>
        <translation>%1 を取り消す</translation>
    </message>
    <message>
        <source>The account has no tokens.</source>
        <translation>このアカウントにはトークンがありません。</translation>
    </message>
    <message>
        <source>Every token is verified in use by your own CI and is kept.</source>
        <translation>すべてのトークンが自分の CI で使用中と確認されたため、維持します。</translation>
    </message>
    <message>
        <source>No list of expected maintainers: TokenDesk removes no one.</source>
        <translation>想定されるメンテナーの一覧がありません: TokenDesk は誰も削除しません。</translation>
    </message>
    <message>
        <source>%1: no expected maintainer left to keep; none removed</source>
        <translation>%1: 残すべき想定メンテナーがいないため、誰も削除しません</translation>
    </message>
    <message>
        <source>%1: remove maintainer %2</source>
        <translation>%1: メンテナー %2 を削除</translation>
    </message>
    <message>
        <source>Every maintainer is expected.</source>
        <translation>すべてのメンテナーが想定どおりです。</translation>
    </message>
    <message>
        <source>No expected maintainer would be left: add one first, then remove the others.</source>
        <translation>想定されるメンテナーが 1 人も残りません: 先に 1 人追加してから、他のメンテナーを削除してください。</translation>
    </message>
    <message>
        <source>%1: reject staged %2</source>
        <translation>%1: ステージングされた %2 を拒否</translation>
    </message>
    <message>
        <source>No staged version is pending.</source>
        <translation>保留中のステージングされたバージョンはありません。</translation>
    </message>
    <message>
        <source>%1: %2 points at %3 but no good version is known</source>
        <translation>%1: %2 は %3 を指していますが、正常なバージョンが不明です</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No dist-tag points at a bad version.</source>
        <translation>不正なバージョンを指しているタグはありません。</translation>
    </message>
    <message>
        <source>No good version to move the tags to.</source>
        <translation>タグの移動先となる正常なバージョンがありません。</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Do not use.</source>
        <translation>侵害されたリリースです。メンテナーの同意なく公開されました。使用しないでください。</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Use %1.</source>
        <translation>侵害されたリリースです。メンテナーの同意なく公開されました。%1 を使用してください。</translation>
    </message>
    <message>
        <source>%1@%2: deprecate</source>
        <translation>%1@%2: 非推奨にする</translation>
    </message>
    <message>
        <source>No bad version is known.</source>
        <translation>不正なバージョンは不明です。</translation>
    </message>
    <message>
        <source>%1@%2: its publish time is unknown</source>
        <translation>%1@%2: 公開日時が不明です</translation>
    </message>
    <message>
        <source>%1@%2: published more than 72 hours ago</source>
        <translation>%1@%2: 72 時間以上前に公開されています</translation>
    </message>
    <message>
        <source>%1@%2: TokenDesk cannot tell whether other packages depend on it</source>
        <translation>%1@%2: 他のパッケージが依存しているかどうか TokenDesk では判断できません</translation>
    </message>
    <message>
        <source>%1@%2: other packages depend on it</source>
        <translation>%1@%2: 他のパッケージが依存しています</translation>
    </message>
    <message>
        <source>npm unpublish %1@%2</source>
        <translation>npm unpublish %1@%2</translation>
    </message>
    <message>
        <source>npm&apos;s rules do not allow it (%1). Deprecate and report instead.</source>
        <translation>npm のルールでは許可されていません (%1)。代わりに非推奨にして報告してください。</translation>
    </message>
    <message>
        <source>%1: trusted publishers as TokenDesk last read them, %2 (reading them again needs 2FA)</source>
        <translation>%1: TokenDesk が最後に読み取った時点の信頼できる公開元、%2 (再度読み取るには 2FA が必要)</translation>
    </message>
    <message>
        <source>%1: revoke the trusted publisher %2 (it published a bad version)</source>
        <translation>%1: 信頼できる公開元 %2 を取り消す (不正なバージョンを公開しました)</translation>
    </message>
    <message>
        <source>%1 was published with a token, not through the trusted publisher: keep it.</source>
        <translation>%1 は信頼できる公開元ではなくトークンで公開されました: 信頼できる公開元は維持します。</translation>
    </message>
    <message>
        <source>No bad version came through a trusted publisher, and TokenDesk has not read the trusted publishers of %1 (tokendesk-cli trust list reads them, with 2FA).</source>
        <translation>信頼できる公開元を通じて公開された不正なバージョンはありません。また、TokenDesk は %1 の信頼できる公開元をまだ読み取っていません (tokendesk-cli trust list で 2FA を使って読み取れます)。</translation>
    </message>
    <message>
        <source>Every bad version is already deprecated.</source>
        <translation>不正なバージョンはすべて既に非推奨になっています。</translation>
    </message>
</context>
<context>
    <name>td::LockdownRunner</name>
    <message>
        <source>Lockdown stopped before revoking anything: this machine has traces of a known worm.

%1</source>
        <translation>何も取り消す前にロックダウンを停止しました: このマシンに既知のワームの痕跡があります。

%1</translation>
    </message>
    <message>
        <source>Disarm what was found first, then start the lockdown again.</source>
        <translation>見つかったものを先に無力化してから、ロックダウンを再度開始してください。</translation>
    </message>
    <message>
        <source>A lockdown is already running.</source>
        <translation>ロックダウンは既に実行中です。</translation>
    </message>
    <message>
        <source>The lockdown has nothing to do: no ticked step applies.</source>
        <translation>ロックダウンで行うことはありません: チェックされた手順で該当するものがありません。</translation>
    </message>
    <message>
        <source>Tick at least one step that applies.</source>
        <translation>該当する手順を少なくとも 1 つチェックしてください。</translation>
    </message>
    <message>
        <source>TokenDesk does not unpublish.</source>
        <translation>TokenDesk は公開の取り下げを行いません。</translation>
    </message>
    <message>
        <source>Run npm unpublish yourself if npm&apos;s rules allow it.</source>
        <translation>npm のルールで許可されている場合は、ご自身で npm unpublish を実行してください。</translation>
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
        <translation>%1 に作成</translation>
    </message>
    <message>
        <source>Revoke it with &apos;tokendesk-cli token revoke &lt;id&gt;&apos; or on npmjs.com under Access Tokens.</source>
        <translation>「tokendesk-cli token revoke &lt;id&gt;」を実行するか、npmjs.com の Access Tokens で取り消してください。</translation>
    </message>
    <message>
        <source>the sign-in ended</source>
        <translation>サインインが終了しました</translation>
    </message>
    <message>
        <source>The registry may have created token &apos;%1&apos; but its answer was lost (%2), and TokenDesk could not check (%3).</source>
        <translation>レジストリがトークン「%1」を作成した可能性がありますが、応答が失われ (%2)、TokenDesk は確認できませんでした (%3)。</translation>
    </message>
    <message>
        <source>Look for a token named &apos;%1&apos; created at or after %2 and revoke it: its secret was never received. %3</source>
        <translation>%2 以降に作成された「%1」という名前のトークンを探して取り消してください。そのシークレットは受信されていません。%3</translation>
    </message>
    <message>
        <source>Create it again. If a token named &apos;%1&apos; created at or after %2 shows up later, revoke it: its secret was never received.</source>
        <translation>もう一度作成してください。%2 以降に作成された「%1」という名前のトークンが後で表示された場合は、取り消してください。そのシークレットは受信されていません。</translation>
    </message>
    <message>
        <source>Create it again.</source>
        <translation>もう一度作成してください。</translation>
    </message>
    <message>
        <source>%1 TokenDesk checked: the registry has not created token &apos;%2&apos;.</source>
        <translation>%1 TokenDesk が確認しました: レジストリはトークン「%2」を作成していません。</translation>
    </message>
    <message numerus="yes">
        <source>The registry created token &apos;%1&apos; but its answer was lost; %n tokens with that name were created since, so TokenDesk revoked none of them: %2.</source>
        <translation>
            <numerusform>レジストリはトークン「%1」を作成しましたが、応答が失われました。その後同じ名前のトークンが %n 個作成されたため、TokenDesk はいずれも取り消していません: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the ones you do not use (the newest is most likely the lost one). %1</source>
        <translation>使用していないものを取り消してください (最も新しいものが失われたトークンである可能性が高いです)。%1</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost, and TokenDesk could not revoke it (%2): %3.</source>
        <translation>レジストリはトークン「%1」を作成しましたが、応答が失われ、TokenDesk はそれを取り消せませんでした (%2): %3。</translation>
    </message>
    <message>
        <source>Its secret was never received. Revoke it with &apos;tokendesk-cli token revoke %1&apos; or on npmjs.com under Access Tokens, then create it again.</source>
        <translation>そのシークレットは受信されていません。「tokendesk-cli token revoke %1」を実行するか npmjs.com の Access Tokens で取り消してから、もう一度作成してください。</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost; TokenDesk revoked it (%2).</source>
        <translation>レジストリはトークン「%1」を作成しましたが、応答が失われました。TokenDesk はそれを取り消しました (%2)。</translation>
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
        <translation>サインインしていません · トークンを表示するにはアカウントを追加してください</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>新しいトークン(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishing…</source>
        <translation>信頼できる公開(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Migrate tokens…</source>
        <translation>トークンを移行(&amp;M)…</translation>
    </message>
    <message>
        <source>R&amp;escan this computer for tokens</source>
        <translation>このコンピューターのトークンを再スキャン(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>No system tray was found: TokenDesk cannot warn you about expiring tokens while this window is closed, and closing it quits.</source>
        <translation>システムトレイが見つかりません: このウィンドウを閉じている間、TokenDesk は期限切れが近いトークンを通知できません。また、ウィンドウを閉じると終了します。</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>タイムライン(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>診断(&amp;D)</translation>
    </message>
    <message>
        <source>Filter by name, package, scope or kind</source>
        <translation>名前、パッケージ、スコープ、種類で絞り込み</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>トークンを絞り込み</translation>
    </message>
    <message>
        <source>Show &amp;revoked and expired</source>
        <translation>取り消し済みと期限切れを表示(&amp;R)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>&amp;Staged releases</source>
        <translation>ステージングされたリリース(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Staged releases (%n)</source>
        <translation>
            <numerusform>ステージングされたリリース(&amp;S) (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>公開(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publishing (%n at risk)</source>
        <translation>
            <numerusform>公開 (%n 件にリスクあり)(&amp;P)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>End the selected account&apos;s session; its tokens stay on npm.</source>
        <translation>選択したアカウントのセッションを終了します。トークンは npm に残ります。</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>アカウントを削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Sign out and forget the selected account on this computer.</source>
        <translation>サインアウトして、選択したアカウントをこのコンピューターから削除します。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <source>Open TokenDesk&apos;s documentation in your browser.</source>
        <translation>TokenDesk のドキュメントをブラウザーで開きます。</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>TokenDesk について(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard cleared in %n s</source>
        <translation>
            <numerusform>%n 秒後にクリップボードを消去</numerusform>
        </translation>
    </message>
    <message>
        <source>Set token &amp;expiry…</source>
        <translation>トークンの有効期限を設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Enter when the selected account&apos;s token ends; this registry does not say.</source>
        <translation>選択したアカウントのトークンがいつ失効するかを入力します。このレジストリは有効期限を示しません。</translation>
    </message>
    <message>
        <source>Starts a registry on this computer with demo accounts and tokens. Nothing you do there reaches npm.</source>
        <translation>デモ用のアカウントとトークンを持つレジストリをこのコンピューター上で起動します。そこでの操作は npm には一切届きません。</translation>
    </message>
    <message>
        <source>Sign in to &amp;npm…</source>
        <translation>npm にサインイン(&amp;N)…</translation>
    </message>
    <message>
        <source>Starting the practice registry…</source>
        <translation>練習用レジストリを起動しています…</translation>
    </message>
    <message>
        <source>Try it with the &amp;practice registry</source>
        <translation>練習用レジストリで試す(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>リリース(&amp;R)</translation>
    </message>
</context>
<context>
    <name>td::ManualSteps</name>
    <message>
        <source>Set the CI secret %1 in %2 to the new token — %3. (%4 uses it.)</source>
        <translation>%2 の CI シークレット %1 を新しいトークンに設定してください — %3。(%4 が使用しています。)</translation>
    </message>
    <message>
        <source>%1, line %2 reads ${%3}: set %3 to the new token wherever you export it (for example export %3=… in ~/.profile) — %4.</source>
        <translation>%1 の %2 行目は ${%3} を読み取ります: %3 をエクスポートしているすべての場所で新しいトークンに設定してください (例: ~/.profile の export %3=…) — %4。</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the new token wherever you export it (for example export %1=… in ~/.profile) — %2.</source>
        <translation>環境変数 %1 をエクスポートしているすべての場所で新しいトークンに設定してください (例: ~/.profile の export %1=…) — %2。</translation>
    </message>
    <message>
        <source>Put the new token in %1, line %2 (%3) by hand — %4.</source>
        <translation>%1 の %2 行目 (%3) に新しいトークンを手動で入れてください — %4。</translation>
    </message>
</context>
<context>
    <name>td::MigrationDialog</name>
    <message>
        <source>Migrate tokens</source>
        <translation>トークンの移行</translation>
    </message>
    <message>
        <source>Rotate &quot;%1&quot;</source>
        <translation>「%1」をローテーション</translation>
    </message>
    <message>
        <source>Tokens no longer needed after trusted publishing</source>
        <translation>信頼できる公開の導入後に不要になったトークン</translation>
    </message>
    <message numerus="yes">
        <source>A migration was interrupted: %n token(s) are half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</source>
        <translation>
            <numerusform>移行が中断されました: %n 個のトークンが途中の状態です。再開するか、ファイルを元の状態にロールバックしてください。それまでは、どのファイルにも有効なトークンが残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>npm password (only if a token still has to be created):</source>
        <translation>npm のパスワード (トークンの作成がまだ必要な場合のみ):</translation>
    </message>
    <message>
        <source>Looking for npm tokens on this machine…</source>
        <translation>このコンピューターで npm トークンを探しています…</translation>
    </message>
    <message>
        <source>Add project folder…</source>
        <translation>プロジェクトフォルダーを追加…</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>移行</translation>
    </message>
    <message>
        <source>npm password (npm asks for it to create tokens):</source>
        <translation>npm のパスワード (トークンの作成時に npm が求めます):</translation>
    </message>
    <message>
        <source>Found on this machine:</source>
        <translation>このコンピューターで見つかったもの:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>計画:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Add a project folder to scan</source>
        <translation>スキャンするプロジェクトフォルダーを追加</translation>
    </message>
    <message>
        <source>Project folders: none (only your npm settings and the environment are scanned)</source>
        <translation>プロジェクトフォルダー: なし (npm の設定と環境のみをスキャンします)</translation>
    </message>
    <message>
        <source>Project folders: %1</source>
        <translation>プロジェクトフォルダー: %1</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>スキャンに失敗しました: %1</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create tokens.</source>
        <translation>npm のパスワードを入力してください: トークンの作成時に npm が求めます。</translation>
    </message>
    <message>
        <source>The new token could not be read from the keychain: %1</source>
        <translation>キーチェーンから新しいトークンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The new token is on the clipboard; it is cleared again shortly.</source>
        <translation>新しいトークンをクリップボードにコピーしました。まもなく消去されます。</translation>
    </message>
    <message>
        <source>works</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>一覧にあり</translation>
    </message>
    <message>
        <source>works (not listed)</source>
        <translation>有効 (一覧になし)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>other registry</source>
        <translation>別のレジストリ</translation>
    </message>
    <message>
        <source>not checkable</source>
        <translation>確認不可</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>使用箇所</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>creating the new token…</source>
        <translation>新しいトークンを作成しています…</translation>
    </message>
    <message>
        <source>new token created</source>
        <translation>新しいトークンを作成しました</translation>
    </message>
    <message>
        <source>saving it in the keychain…</source>
        <translation>キーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>キーチェーンに保存しました</translation>
    </message>
    <message>
        <source>updating .npmrc files…</source>
        <translation>.npmrc ファイルを更新しています…</translation>
    </message>
    <message>
        <source>.npmrc files updated</source>
        <translation>.npmrc ファイルを更新しました</translation>
    </message>
    <message>
        <source>checking the new token…</source>
        <translation>新しいトークンを確認しています…</translation>
    </message>
    <message>
        <source>the new token works</source>
        <translation>新しいトークンは有効です</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>古いトークンを取り消しています…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>waiting for you: update the CI/environment uses, then confirm</source>
        <translation>操作待ち: CI/環境での使用箇所を更新してから確定してください</translation>
    </message>
    <message>
        <source>confirmed; revoking…</source>
        <translation>確定しました。取り消しています…</translation>
    </message>
    <message>
        <source>replaced, but the old token could not be revoked</source>
        <translation>置き換えましたが、古いトークンを取り消せませんでした</translation>
    </message>
    <message>
        <source>failed; nothing changed</source>
        <translation>失敗しました。何も変更されていません</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>ロールバックしました</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>そのまま維持</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Migration finished.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;移行が完了しました。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The migration stopped:&lt;/b&gt; %1&lt;br&gt;Open this dialog again to resume or roll back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;移行が停止しました:&lt;/b&gt; %1&lt;br&gt;このダイアログをもう一度開いて、再開またはロールバックしてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backups of the files as they were:&lt;/p&gt;</source>
        <translation>&lt;p&gt;元の状態のファイルのバックアップ:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins &quot;3 places hold npm credentials&quot; and &quot;2 tokens in the plan.&quot;</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) hold npm credentials</source>
        <translation>
            <numerusform>%n 箇所に npm の認証情報があります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the plan.</source>
        <translation>
            <numerusform>計画には %n 個のトークンがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens found on this machine</source>
        <translation>このコンピューターで見つかったトークン</translation>
    </message>
    <message>
        <source>Migration plan</source>
        <translation>移行計画</translation>
    </message>
    <message>
        <source>Looking for the CI secrets that hold them…</source>
        <translation>トークンを保持している CI シークレットを探しています…</translation>
    </message>
    <message>
        <source>%1 (TokenDesk updates it)</source>
        <extracomment>a CI secret TokenDesk will update itself during the rotation</extracomment>
        <translation>%1 (TokenDesk が更新)</translation>
    </message>
    <message>
        <source>pushing the new token to CI…</source>
        <translation>新しいトークンを CI に送信しています…</translation>
    </message>
    <message>
        <source>pushed to CI; verifying…</source>
        <translation>CI に送信しました。検証しています…</translation>
    </message>
    <message>
        <source>verified in CI</source>
        <translation>CI で検証済み</translation>
    </message>
    <message>
        <source>CI holds the new token; the old one is revoked after the grace period</source>
        <translation>CI は新しいトークンを保持しています。古いトークンは猶予期間の後に取り消されます</translation>
    </message>
    <message>
        <source>pushing the new token…</source>
        <translation>新しいトークンを送信しています…</translation>
    </message>
    <message>
        <source>pushed; verifying…</source>
        <translation>送信しました。検証しています…</translation>
    </message>
    <message>
        <source>verified: it holds the new token</source>
        <translation>検証済み: 新しいトークンを保持しています</translation>
    </message>
    <message>
        <source>the old value is back</source>
        <translation>古い値に戻っています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;secret NPM_TOKEN in acme/widgets: verified: it holds the new token&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>td::MigrationJournal</name>
    <message>
        <source>The migration journal %1 is damaged.</source>
        <translation>移行ジャーナル %1 が破損しています。</translation>
    </message>
    <message>
        <source>revoke pending: retry — its replacement is in use, but revoking it failed (%1)</source>
        <translation>取り消し保留中: 再試行してください — 置き換え後のトークンは使用中ですが、取り消しに失敗しました (%1)</translation>
    </message>
</context>
<context>
    <name>td::MigrationLauncher</name>
    <message>
        <source>Sign in again to continue.</source>
        <translation>続行するにはもう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>td::MigrationOutcome</name>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, old token revoked</source>
        <translation>
            <numerusform>%1: 置き換えました。%n 件の参照を書き換え、古いトークンを取り消しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) cleaned, token revoked</source>
        <translation>
            <numerusform>%1: %n 個のファイルをクリーンアップし、トークンを取り消しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: removed from %n file(s)</source>
        <translation>
            <numerusform>%1: %n 個のファイルから削除しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, but the old token could not be revoked</source>
        <translation>
            <numerusform>%1: 置き換えました。%n 件の参照を書き換えましたが、古いトークンを取り消せませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten; the old token is revoked once you confirm</source>
        <translation>
            <numerusform>%1: 置き換えました。%n 件の参照を書き換えました。確認後に古いトークンを取り消します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MigrationProgressPage</name>
    <message>
        <source>Migrating… Every step is saved, so closing TokenDesk now loses nothing.</source>
        <translation>移行しています… 各ステップは保存されるため、今 TokenDesk を閉じても失われるものはありません。</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>移行の進行状況</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>CI secrets</source>
        <translation>CI シークレット</translation>
    </message>
</context>
<context>
    <name>td::NamePage</name>
    <message>
        <source>Name and description</source>
        <translation>名前と説明</translation>
    </message>
    <message>
        <source>The name is how you will recognise the token in lists and reminders.</source>
        <translation>名前は、一覧やリマインダーでトークンを見分けるためのものです。</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>トークン名</translation>
    </message>
    <message>
        <source>Use the suggested name</source>
        <translation>提案された名前を使用</translation>
    </message>
    <message>
        <source>Token description</source>
        <translation>トークンの説明</translation>
    </message>
    <message>
        <source>optional, e.g. where the token is used</source>
        <translation>省略可。例: トークンを使用する場所</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Use suggested: %1</source>
        <translation>提案を使用: %1</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
</context>
<context>
    <name>td::NewTokenWizard</name>
    <message>
        <source>New npm token</source>
        <translation>新しい npm トークン</translation>
    </message>
    <message>
        <source>Close without copying the token?</source>
        <translation>トークンをコピーせずに閉じますか?</translation>
    </message>
    <message>
        <source>You have not copied the new token or added it to an .npmrc. npm never shows it again.</source>
        <translation>新しいトークンをコピーしておらず、.npmrc にも追加していません。npm がこのトークンを再び表示することはありません。</translation>
    </message>
    <message>
        <source>It stays in your keychain, so TokenDesk can still use it.</source>
        <translation>キーチェーンには残っているため、TokenDesk は引き続き使用できます。</translation>
    </message>
    <message>
        <source>It is not in your keychain either: closing loses it.</source>
        <translation>キーチェーンにもありません: 閉じるとトークンは失われます。</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>このまま閉じる(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>戻る(&amp;G)</translation>
    </message>
</context>
<context>
    <name>td::NoticeMemory</name>
    <message>
        <source>The list of expiry notices already shown (%1) is damaged; it was kept as %2 and started afresh.</source>
        <translation>表示済みの有効期限通知の一覧 (%1) が破損しています。%2 として保存し、新しく作り直しました。</translation>
    </message>
</context>
<context>
    <name>td::NpmrcDocument</name>
    <message>
        <source>This configuration has no file to save to.</source>
        <translation>この構成には保存先のファイルがありません。</translation>
    </message>
    <message>
        <source>%1 was changed by another program after TokenDesk read it; nothing was written.</source>
        <translation>TokenDesk が読み取った後に %1 が別のプログラムによって変更されました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Scan again to see the current contents, then retry.</source>
        <translation>再スキャンして現在の内容を確認してから、再試行してください。</translation>
    </message>
</context>
<context>
    <name>td::OrgsPage</name>
    <message>
        <source>Organizations</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Organization access lets the token manage teams and members, not publish. Most tokens need none.</source>
        <translation>Organization へのアクセス権があると、トークンはチームとメンバーを管理できますが、公開はできません。ほとんどのトークンには不要です。</translation>
    </message>
    <message>
        <source>Add an organization by name</source>
        <translation>名前で Organization を追加</translation>
    </message>
    <message>
        <source>organization name</source>
        <translation>Organization 名</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add the typed organization</source>
        <translation>入力した Organization を追加します</translation>
    </message>
    <message>
        <source>Permission for organizations</source>
        <translation>Organization の権限</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>権限(&amp;P):</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>Looking up your organizations…</source>
        <translation>Organization を検索しています…</translation>
    </message>
    <message>
        <source>Your organizations could not be looked up. Type a name below to add one.</source>
        <translation>Organization を検索できませんでした。下に名前を入力して追加してください。</translation>
    </message>
    <message>
        <source>This account is in no organization. Type a name below to add one.</source>
        <translation>このアカウントはどの Organization にも所属していません。下に名前を入力して追加してください。</translation>
    </message>
    <message>
        <source>%1 — you are: %2</source>
        <translation>%1 — ロール: %2</translation>
    </message>
</context>
<context>
    <name>td::PackageChecklistModel</name>
    <message>
        <source>%1 (the whole scope, new packages too)</source>
        <translation>%1 (スコープ全体。新しいパッケージも含む)</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>スコープ %1</translation>
    </message>
</context>
<context>
    <name>td::PackageWrites</name>
    <message>
        <source>The registry sent an unreadable document for %1.</source>
        <translation>レジストリから %1 の読み取れないドキュメントが送られてきました。</translation>
    </message>
    <message>
        <source>Try again later; if it persists, make this change on the website.</source>
        <translation>後でもう一度お試しください。解決しない場合は Web サイトでこの変更を行ってください。</translation>
    </message>
    <message>
        <source>%1 is the only maintainer of %2.</source>
        <translation>%1 は %2 の唯一のメンテナーです。</translation>
    </message>
    <message>
        <source>Add another maintainer first, then remove this one.</source>
        <translation>先に別のメンテナーを追加してから、このメンテナーを削除してください。</translation>
    </message>
    <message>
        <source>%1 has no version %2.</source>
        <translation>%1 にバージョン %2 はありません。</translation>
    </message>
    <message>
        <source>Check the version; it may have been unpublished.</source>
        <translation>バージョンを確認してください。公開が取り下げられた可能性があります。</translation>
    </message>
</context>
<context>
    <name>td::PackagesPage</name>
    <message>
        <source>Packages and scopes</source>
        <translation>パッケージとスコープ</translation>
    </message>
    <message>
        <source>Tick the packages and scopes the token may use, or type names that are not published yet.</source>
        <translation>トークンが使用できるパッケージとスコープにチェックを入れるか、まだ公開されていない名前を入力してください。</translation>
    </message>
    <message>
        <source>&amp;All packages, including ones published later</source>
        <translation>すべてのパッケージ (今後公開するものも含む)(&amp;A)</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>すべてのパッケージ</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>パッケージを検索</translation>
    </message>
    <message>
        <source>Search packages…</source>
        <translation>パッケージを検索…</translation>
    </message>
    <message>
        <source>Packages and scopes of this account</source>
        <translation>このアカウントのパッケージとスコープ</translation>
    </message>
    <message>
        <source>Add a package or scope by name</source>
        <translation>名前でパッケージまたはスコープを追加</translation>
    </message>
    <message>
        <source>new-package, @scope/name or @scope</source>
        <translation>new-package、@scope/name または @scope</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add the typed package or scope</source>
        <translation>入力したパッケージまたはスコープを追加します</translation>
    </message>
    <message>
        <source>Chosen packages and scopes</source>
        <translation>選択したパッケージとスコープ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the chosen package or scope</source>
        <translation>選択したパッケージまたはスコープを削除します</translation>
    </message>
    <message>
        <source>Permission for packages and scopes</source>
        <translation>パッケージとスコープの権限</translation>
    </message>
    <message>
        <source>Bypass two-factor authentication</source>
        <translation>2 要素認証をバイパス</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>権限(&amp;P):</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Load the account&apos;s packages again</source>
        <translation>アカウントのパッケージを再読み込みします</translation>
    </message>
    <message>
        <source>Bypass two-&amp;factor authentication when publishing</source>
        <translation>公開時に 2 要素認証をバイパスする(&amp;F)</translation>
    </message>
    <message>
        <source>Could not load your packages: %1 You can still type package names below.</source>
        <translation>パッケージを読み込めませんでした: %1 下にパッケージ名を入力することはできます。</translation>
    </message>
    <message>
        <source>Loading your packages…</source>
        <translation>パッケージを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行中 %L1 行を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln 個を選択</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PermissionCombo</name>
    <message>
        <source>No access</source>
        <translation>アクセス権なし</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>読み取りと書き込み</translation>
    </message>
    <message>
        <source>Read and write (stage only)</source>
        <translation>読み取りと書き込み (ステージングのみ)</translation>
    </message>
</context>
<context>
    <name>td::PersistenceScan</name>
    <message>
        <source>The list of known worms&apos; traces %1 cannot be read.</source>
        <translation>既知のワームの痕跡リスト %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or give a readable file.</source>
        <translation>TokenDesk を再インストールするか、読み取り可能なファイルを指定してください。</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces %1 is too large.</source>
        <translation>既知のワームの痕跡リスト %1 が大きすぎます。</translation>
    </message>
    <message>
        <source>Give the list TokenDesk ships, or a file under 1 MiB.</source>
        <translation>TokenDesk に付属のリストか、1 MiB 未満のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces is damaged.</source>
        <translation>既知のワームの痕跡リストが破損しています。</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or fix the file (format: core/lockdown/README.md).</source>
        <translation>TokenDesk を再インストールするか、ファイルを修正してください (形式: core/lockdown/README.md)。</translation>
    </message>
    <message>
        <source>Found %1 at %2: %3 To disarm it: %4</source>
        <translation>%2 で %1 が見つかりました: %3 無力化するには: %4</translation>
    </message>
</context>
<context>
    <name>td::PlanAction</name>
    <message>
        <source>Replace with a read-write token for your packages</source>
        <translation>自分のパッケージ用の読み書き可能なトークンに置き換える</translation>
    </message>
    <message>
        <source>Replace with a read-only token</source>
        <translation>読み取り専用トークンに置き換える</translation>
    </message>
    <message>
        <source>Replace with a read-write token that bypasses 2FA</source>
        <translation>2FA をバイパスする読み書き可能なトークンに置き換える</translation>
    </message>
    <message>
        <source>Replace with a stage-only token</source>
        <translation>ステージング専用トークンに置き換える</translation>
    </message>
    <message>
        <source>Rotate: same access, fresh expiry</source>
        <translation>ローテーション: 同じアクセス権で有効期限を更新</translation>
    </message>
    <message>
        <source>Switch CI to trusted publishing (no token)</source>
        <translation>CI を信頼できる公開に切り替える (トークン不要)</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>そのまま維持</translation>
    </message>
    <message>
        <source>Revoke: nothing needs it any more</source>
        <translation>取り消す: もう何も使用していません</translation>
    </message>
    <message>
        <source>Replace with one without the trusted-publishing packages</source>
        <translation>信頼できる公開を使うパッケージを除いたトークンに置き換える</translation>
    </message>
</context>
<context>
    <name>td::PlanRunner</name>
    <message>
        <source>The migration has no row %1.</source>
        <translation>この移行には行 %1 がありません。</translation>
    </message>
    <message>
        <source>Row %1 is not waiting for a confirmation (it is &quot;%2&quot;).</source>
        <translation>行 %1 は確定待ちではありません (状態は「%2」です)。</translation>
    </message>
    <message>
        <source>Another token of this migration is half-way: resume or roll it back first.</source>
        <translation>この移行の別のトークンが途中の状態です: 先に再開するかロールバックしてください。</translation>
    </message>
    <message>
        <source>Rolled back on request.</source>
        <translation>要求に応じてロールバックしました。</translation>
    </message>
    <message>
        <source>secret lost in a crash</source>
        <translation>クラッシュによりシークレットが失われました</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; in the migration journal.</source>
        <translation>移行ジャーナルに不明なステップ「%1」があります。</translation>
    </message>
    <message>
        <source>The new token cannot be read from the keychain: %1 Unlock it and resume.</source>
        <translation>キーチェーンから新しいトークンを読み取れません: %1 ロックを解除して再開してください。</translation>
    </message>
    <message numerus="yes">
        <source>The registry had created it anyway; %n such token(s) were revoked.</source>
        <translation>
            <numerusform>それでもレジストリはトークンを作成していました。該当するトークン %n 個を取り消しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the registry created the new token &quot;%1&quot; could not be checked (%2); nothing uses it yet. Resume when the registry answers again, to find and revoke it.</source>
        <translation>レジストリが新しいトークン「%1」を作成したかどうかを確認できませんでした (%2)。まだ何も使用していません。レジストリが再び応答するようになったら再開して、トークンを探して取り消してください。</translation>
    </message>
    <message>
        <source>Creating the new token &quot;%1&quot; failed (%2), and whether the registry created it anyway could not be checked (%3). Resume when the registry answers again, to find and revoke it.</source>
        <translation>新しいトークン「%1」の作成に失敗し (%2)、それでもレジストリが作成したかどうかを確認できませんでした (%3)。レジストリが再び応答するようになったら再開して、トークンを探して取り消してください。</translation>
    </message>
    <message>
        <source>The keychain did not take the new token: %1</source>
        <translation>キーチェーンが新しいトークンを受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>The new token did not work (%1); nothing was revoked.</source>
        <translation>新しいトークンが機能しませんでした (%1)。何も取り消されていません。</translation>
    </message>
    <message>
        <source>The new token answered as &quot;%1&quot;, not as &quot;%2&quot;: the registry is not behaving as expected, so the migration stopped and nothing was revoked.</source>
        <translation>新しいトークンは「%2」ではなく「%1」として応答しました: レジストリの動作が想定と異なるため、移行を停止しました。何も取り消されていません。</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; (id %2) could not be revoked (%3); revoke it with &apos;tokendesk-cli token revoke %2&apos;.</source>
        <translation>新しいトークン「%1」(ID %2) を取り消せませんでした (%3)。「tokendesk-cli token revoke %2」で取り消してください。</translation>
    </message>
    <message>
        <source>The new token was kept, because these CI secrets hold it and the old value is not available to put back: %1. Put the old token back there, or keep the new one and revoke the old one.</source>
        <translation>新しいトークンは保持されました。次の CI シークレットが新しいトークンを保持しており、元に戻すための古い値がないためです: %1。そこに古いトークンを戻すか、新しいトークンを使い続けて古いトークンを取り消してください。</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be updated; nothing was revoked.</source>
        <translation>ステップ %1 の CI シークレットを更新できません。何も取り消していません。</translation>
    </message>
    <message>
        <source>Updating %1 failed (%2); nothing was revoked.</source>
        <translation>%1 の更新に失敗しました (%2)。何も取り消していません。</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be checked; nothing was revoked.</source>
        <translation>ステップ %1 の CI シークレットを確認できません。何も取り消していません。</translation>
    </message>
    <message>
        <source>Checking %1 failed (%2); nothing was revoked.</source>
        <translation>%1 の確認に失敗しました (%2)。何も取り消していません。</translation>
    </message>
    <message>
        <source>%1 does not hold the new token after the update; nothing was revoked.</source>
        <translation>更新後の %1 に新しいトークンがありません。何も取り消していません。</translation>
    </message>
</context>
<context>
    <name>td::PracticeOffer</name>
    <message>
        <source>You are trying TokenDesk on the practice registry: a registry on this computer with demo tokens. Nothing you do there reaches npm; it stops when TokenDesk quits.</source>
        <translation>練習用レジストリで TokenDesk をお試し中です。これはデモ用トークンを持つ、このコンピューター上のレジストリです。ここでの操作は npm には一切届かず、TokenDesk の終了時に停止します。</translation>
    </message>
</context>
<context>
    <name>td::PracticeRegistry</name>
    <message>
        <source>The practice registry did not give its one-time code.</source>
        <translation>練習用レジストリがワンタイムコードを返しませんでした。</translation>
    </message>
    <message>
        <source>Quit TokenDesk and try again.</source>
        <translation>TokenDesk を終了して、もう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>The practice registry did not start within %n second(s).</source>
        <translation>
            <numerusform>練習用レジストリが %n 秒以内に起動しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice registry (tokendesk-sandbox) was not found next to TokenDesk or on PATH. Install it with TokenDesk, or sign in to npm.</source>
        <translation>練習用レジストリ (tokendesk-sandbox) が TokenDesk と同じ場所にも PATH 上にも見つかりませんでした。TokenDesk と一緒にインストールするか、npm にサインインしてください。</translation>
    </message>
    <message>
        <source>The practice registry could not be started: %1</source>
        <translation>練習用レジストリを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The practice registry stopped: %1</source>
        <translation>練習用レジストリが停止しました: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>クラッシュしました</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>終了コード %1 で終了しました</translation>
    </message>
    <message>
        <source>The practice registry did not say where it listens.</source>
        <translation>練習用レジストリが待ち受けアドレスを通知しませんでした。</translation>
    </message>
    <message>
        <source>The practice registry does not answer: %1</source>
        <translation>練習用レジストリが応答しません: %1</translation>
    </message>
    <message>
        <source>TokenDesk could not sign in to the practice registry: %1</source>
        <translation>TokenDesk は練習用レジストリにサインインできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>td::PublishCutoffNotices</name>
    <message>
        <source>The list of January 2027 notices already shown (%1) is damaged; TokenDesk starts it afresh, so a notice may appear once more.</source>
        <translation>表示済みの 2027 年 1 月の通知の一覧 (%1) が破損しています。TokenDesk は一覧を新しく作り直すため、通知がもう一度表示される場合があります。</translation>
    </message>
    <message>
        <source>npm token &apos;%1&apos; is used in CI (%2) and stops publishing in January 2027; npm has not announced the exact day. Move it to trusted publishing or a stage-only token.</source>
        <translation>npm トークン「%1」は CI (%2) で使用されており、2027 年 1 月に公開できなくなります。正確な日付は npm から発表されていません。信頼できる公開またはステージング専用トークンに移行してください。</translation>
    </message>
</context>
<context>
    <name>td::PublishPath</name>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>信頼できる公開 (直接)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>信頼できる公開 (ステージングのみ)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>ステージング専用トークン</translation>
    </message>
    <message>
        <source>direct-publish token</source>
        <translation>直接公開トークン</translation>
    </message>
    <message>
        <source>bypass-2FA token</source>
        <translation>2FA をバイパスするトークン</translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation>信頼できる公開元</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>ステージング後に承認</translation>
    </message>
    <message>
        <source>token or npm login</source>
        <translation>トークンまたは npm login</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>2027 年 1 月にリスクあり</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>公開経路なし</translation>
    </message>
    <message>
        <source>trusted publishing (stage only by default)</source>
        <translation>信頼できる公開 (既定でステージングのみ)</translation>
    </message>
    <message>
        <source>a stage-only token with approval</source>
        <translation>承認付きのステージング専用トークン</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>対処不要</translation>
    </message>
</context>
<context>
    <name>td::PublishPathClassifier</name>
    <message>
        <source>Publishing access (require 2FA, disallow tokens): npm has no API to read it.</source>
        <translation>公開アクセス (2FA を必須にする、トークンを禁止する): npm にはこれを読み取る API がありません。</translation>
    </message>
    <message>
        <source>Whether the last release used a token or an interactive npm login: the registry does not say.</source>
        <translation>最後のリリースがトークンと対話型の npm login のどちらで行われたか: レジストリからは分かりません。</translation>
    </message>
    <message>
        <source>Trusted publishers: %1</source>
        <translation>信頼できる公開元: %1</translation>
    </message>
    <message>
        <source>Last release: %1</source>
        <translation>最後のリリース: %1</translation>
    </message>
    <message>
        <source>%1 trusted publisher</source>
        <translation>%1 の信頼できる公開元</translation>
    </message>
    <message>
        <source>GitHub Actions %1, %2</source>
        <translation>GitHub Actions %1、%2</translation>
    </message>
    <message>
        <source>GitLab CI/CD %1, %2</source>
        <translation>GitLab CI/CD %1、%2</translation>
    </message>
    <message>
        <source>CircleCI %1</source>
        <translation>CircleCI %1</translation>
    </message>
    <message>
        <source>, environment %1</source>
        <translation>、環境 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>「%1」 (%2)</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly; it is not used anywhere TokenDesk looked, but it works until it is revoked.</source>
        <translation>トークン %1 は %2 を直接公開できます。TokenDesk が確認した場所では使用されていませんが、取り消されるまで有効です。</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly and is used in %3.</source>
        <translation>トークン %1 は %2 を直接公開でき、%3 で使用されています。</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027; no exact day is announced.</source>
        <translation>npm は 2027 年 1 月にトークンによる直接の公開を終了します。正確な日付は発表されていません。</translation>
    </message>
    <message>
        <source>It can also be published through %1.</source>
        <translation>%1 経由でも公開できます。</translation>
    </message>
    <message>
        <source>%1, not used on this machine</source>
        <translation>%1 (このコンピューターでは未使用)</translation>
    </message>
    <message>
        <source>%1, used in %2</source>
        <translation>%1 (%2 で使用)</translation>
    </message>
    <message>
        <source>Publishes through trusted publishing (%1), which January 2027 does not affect.</source>
        <translation>信頼できる公開 (%1) で公開されます。2027 年 1 月の変更の影響は受けません。</translation>
    </message>
    <message>
        <source>Stages with the stage-only token %1; a maintainer approves each release with 2FA.</source>
        <translation>ステージング専用トークン %1 でステージングし、メンテナーが各リリースを 2FA で承認します。</translation>
    </message>
    <message>
        <source>No trusted publisher and no token of this account can publish %1.</source>
        <translation>%1 を公開できる信頼できる公開元も、このアカウントのトークンもありません。</translation>
    </message>
    <message>
        <source>TokenDesk could not read how %1 is published: %2 Nothing is guessed; try again when the registry answers.</source>
        <translation>TokenDesk は %1 の公開方法を読み取れませんでした: %2 推測は行いません。レジストリが応答するようになったら、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>td::PublishingModel</name>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>2027 年 1 月にリスクあり</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>公開経路なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>信頼できる公開 (直接)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>信頼できる公開 (ステージングのみ)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>ステージング専用トークン</translation>
    </message>
    <message>
        <source>read and write token</source>
        <translation>読み取りと書き込みのトークン</translation>
    </message>
    <message>
        <source>token bypassing 2FA</source>
        <translation>2FA をバイパスするトークン</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing…</source>
        <translation>信頼できる公開を設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Replace with a &amp;stage-only token…</source>
        <translation>ステージング専用トークンに置き換え(&amp;S)…</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Ways to publish today</source>
        <translation>現在の公開方法</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>不明です。</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>%1 で使用</translation>
    </message>
    <message>
        <source>Last release:</source>
        <translation>最後のリリース:</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>by trusted publishing</source>
        <translation>信頼できる公開による</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>ステージング後に承認</translation>
    </message>
    <message>
        <source>with a token</source>
        <translation>トークンによる</translation>
    </message>
    <message>
        <source>the way it came is not known</source>
        <translation>公開方法は不明</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>published by %1</source>
        <translation>公開者: %1</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>来歴あり</translation>
    </message>
    <message>
        <source>no provenance</source>
        <translation>来歴なし</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Publish path</source>
        <translation>公開経路</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>td::PublishingTab</name>
    <message>
        <source>Filter packages</source>
        <translation>パッケージを絞り込み</translation>
    </message>
    <message>
        <source>Filter by package, path, verdict or reason…</source>
        <translation>パッケージ、経路、判定、理由で絞り込み…</translation>
    </message>
    <message>
        <source>Packages and their publish paths</source>
        <translation>パッケージとその公開経路</translation>
    </message>
    <message>
        <source>Publish path details</source>
        <translation>公開経路の詳細</translation>
    </message>
    <message>
        <source>Way out…</source>
        <translation>対処法…</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>対処法</translation>
    </message>
    <message>
        <source>Choose a package to see how it is published and what to do before January 2027.</source>
        <translation>パッケージを選択すると、その公開方法と 2027 年 1 月までに行うべきことが表示されます。</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>対処不要</translation>
    </message>
    <message>
        <source>No packages surveyed yet.</source>
        <translation>まだパッケージを調査していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) surveyed; none is known to be at risk in January 2027.</source>
        <translation>
            <numerusform>%n 個のパッケージを調査しました。2027 年 1 月にリスクがあると分かっているものはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) stop publishing in January 2027 unless they move to trusted publishing or a stage-only token; npm has not announced the exact day.</source>
        <translation>
            <numerusform>%n 個のパッケージは、信頼できる公開またはステージング専用トークンに移行しない限り、2027 年 1 月に公開できなくなります。正確な日付は npm から発表されていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PurposePage</name>
    <message>
        <source>What is the token for?</source>
        <translation>トークンの用途は何ですか?</translation>
    </message>
    <message>
        <source>A preset chooses the permission, the expiry and 2FA for you; you can change each of them on the next pages.</source>
        <translation>プリセットを選ぶと、権限、有効期限、2FA が自動で設定されます。それぞれ次のページで変更できます。</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing instead</source>
        <translation>代わりに信頼できる公開を設定(&amp;T)</translation>
    </message>
    <message>
        <source>Set up trusted publishing instead</source>
        <translation>代わりに信頼できる公開を設定します</translation>
    </message>
    <message>
        <source>CI publishes with a short-lived OIDC credential, so no token has to be stored in CI at all.</source>
        <translation>CI は有効期間の短い OIDC 認証情報で公開するため、CI にトークンを保存する必要はまったくありません。</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRemoval</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>バックアップフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Check its permissions, then try again.</source>
        <translation>アクセス許可を確認してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRewriter</name>
    <message>
        <source>%1 holds a token but its permissions could not be limited to you (chmod 600 it).</source>
        <translation>%1 にはトークンが含まれていますが、権限を自分だけに制限できませんでした (chmod 600 を実行してください)。</translation>
    </message>
    <message>
        <source>%1 was readable by others (%2); it is now %3</source>
        <translation>%1 は他のユーザーが読み取り可能でした (%2)。現在は %3 です</translation>
    </message>
    <message>
        <source>%1 was changed by another program during the migration; it was left as is.</source>
        <translation>移行中に %1 が別のプログラムによって変更されたため、そのままにしました。</translation>
    </message>
    <message>
        <source>%1 no longer holds the token being replaced; it was left as is.</source>
        <translation>%1 には置き換え対象のトークンが含まれていないため、そのままにしました。</translation>
    </message>
    <message>
        <source>Scan again and make a new plan.</source>
        <translation>再スキャンして新しい計画を作成してください。</translation>
    </message>
    <message>
        <source>%1 was changed after TokenDesk wrote it, so it was not restored; the original is in %2.</source>
        <translation>TokenDesk が書き込んだ後に %1 が変更されたため、復元しませんでした。元のファイルは %2 にあります。</translation>
    </message>
    <message>
        <source>The backup %1 does not match the original file; %2 was not restored.</source>
        <translation>バックアップ %1 が元のファイルと一致しないため、%2 は復元されませんでした。</translation>
    </message>
</context>
<context>
    <name>td::RegistryClient</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>%1 にサインインしていません。</translation>
    </message>
    <message>
        <source>Sign in first (in TokenDesk&apos;s Accounts list, or with &apos;tokendesk-cli login&apos;).</source>
        <translation>先にサインインしてください (TokenDesk のアカウント一覧から、または「tokendesk-cli login」で)。</translation>
    </message>
    <message>
        <source>The registry did not accept that one-time password.</source>
        <translation>レジストリはそのワンタイムパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>This operation requires a one-time password from your authenticator.</source>
        <translation>この操作には認証アプリのワンタイムパスワードが必要です。</translation>
    </message>
    <message>
        <source>It may have been mistyped or timed out; try again with a fresh code.</source>
        <translation>入力を間違えたか、時間切れになった可能性があります。新しいコードでもう一度お試しください。</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator, or approve the request in your browser, then try again.</source>
        <translation>認証アプリの現在のコードを入力するか、ブラウザーで要求を承認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The registry does not allow this sign-in from your IP address.</source>
        <translation>レジストリはお使いの IP アドレスからのこのサインインを許可していません。</translation>
    </message>
    <message>
        <source>The account or token is limited to certain IP ranges; connect from an allowed network or change the allowed ranges.</source>
        <translation>アカウントまたはトークンは特定の IP 範囲に制限されています。許可されたネットワークから接続するか、許可する範囲を変更してください。</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>パスワードが正しくないか、入力されていません。</translation>
    </message>
    <message>
        <source>Check your npm password for %1 and type it again.</source>
        <translation>%1 の npm パスワードを確認して、もう一度入力してください。</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>%1 とのセッションが終了しました。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>続行するにはもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 は認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The token may have expired or been revoked; sign in again or use another token.</source>
        <translation>トークンが期限切れになったか、取り消された可能性があります。もう一度サインインするか、別のトークンを使用してください。</translation>
    </message>
    <message>
        <source>The registry rejected the request.</source>
        <translation>レジストリが要求を拒否しました。</translation>
    </message>
    <message>
        <source>Check the values you entered.</source>
        <translation>入力した値を確認してください。</translation>
    </message>
    <message>
        <source>The registry refused this action.</source>
        <translation>レジストリがこの操作を拒否しました。</translation>
    </message>
    <message>
        <source>Check that your account may do this. Tokens that bypass 2FA cannot manage tokens or trust settings; sign in with a session instead.</source>
        <translation>アカウントにこの操作の権限があるか確認してください。2FA をバイパスするトークンでは、トークンや信頼設定を管理できません。代わりにセッションでサインインしてください。</translation>
    </message>
    <message>
        <source>The registry could not find what was asked for.</source>
        <translation>要求されたものがレジストリで見つかりませんでした。</translation>
    </message>
    <message>
        <source>Check the name. npm also answers “not found” when you lack permission to see something.</source>
        <translation>名前を確認してください。npm は、表示する権限がない場合にも「not found」と応答します。</translation>
    </message>
    <message>
        <source>This already exists on the registry.</source>
        <translation>これはレジストリに既に存在します。</translation>
    </message>
    <message>
        <source>Refresh, then change or remove the existing one first.</source>
        <translation>更新してから、先に既存のものを変更または削除してください。</translation>
    </message>
    <message>
        <source>The registry could not process the request.</source>
        <translation>レジストリが要求を処理できませんでした。</translation>
    </message>
    <message>
        <source>The registry is limiting how fast requests may be made.</source>
        <translation>レジストリが要求の頻度を制限しています。</translation>
    </message>
    <message>
        <source>Wait until %1 and try again.</source>
        <translation>%1 まで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>1 分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The registry had an internal problem (HTTP %1).</source>
        <translation>レジストリで内部エラーが発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The registry answered HTTP %1.</source>
        <translation>レジストリが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>Check the request and try again.</source>
        <translation>要求を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 asks for a one-time password.</source>
        <translation>%1 がワンタイムパスワードを求めています。</translation>
    </message>
    <message>
        <source>Signing in through the browser needs an interactive prompt.</source>
        <translation>ブラウザーでのサインインには対話型のプロンプトが必要です。</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser.</source>
        <translation>%1 はブラウザーでのサインインに対応していません。</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead.</source>
        <translation>代わりにユーザー名とパスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation>両方を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no user with the user name “%1”.</source>
        <translation>ユーザー名「%1」のユーザーは存在しません。</translation>
    </message>
    <message>
        <source>The registry&apos;s token list pages lead in a circle.</source>
        <translation>レジストリのトークン一覧のページが循環しています。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>a token given by its secret cannot be found in the token list.</source>
        <translation>シークレットで指定されたトークンはトークン一覧から見つけられません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid registry address.</source>
        <translation>「%1」は有効なレジストリのアドレスではありません。</translation>
    </message>
    <message>
        <source>TokenDesk refuses to send credentials over unencrypted http to %1.</source>
        <translation>TokenDesk は暗号化されていない http で %1 に認証情報を送信しません。</translation>
    </message>
    <message>
        <source>Use the registry&apos;s https:// address.</source>
        <translation>レジストリの https:// アドレスを使用してください。</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation>「%1」は http(s) のアドレスではありません。</translation>
    </message>
    <message>
        <source>The registry no longer recognises this sign-in.</source>
        <translation>レジストリはこのサインインを認識しなくなりました。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The registry sent an answer TokenDesk cannot read (%1).</source>
        <translation>レジストリから TokenDesk が読み取れない応答が返されました (%1)。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the registry may not be npm-compatible.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、レジストリが npm と互換性がない可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>%n 秒待ってから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry&apos;s list of staged versions does not end.</source>
        <translation>レジストリから返されるステージングされたバージョンの一覧が終わりません。</translation>
    </message>
    <message>
        <source>%1 has no published release yet.</source>
        <translation>%1 には公開済みのリリースがまだありません。</translation>
    </message>
    <message>
        <source>The registry answered &quot;not modified&quot; twice to a plain request for %1.</source>
        <translation>%1 への通常のリクエストに対し、レジストリが 2 回 &quot;not modified&quot; と応答しました。</translation>
    </message>
    <message>
        <source>A proxy between you and the registry may be caching wrongly; try again later.</source>
        <translation>レジストリとの間のプロキシが誤ってキャッシュしている可能性があります。後でもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>td::RegistryExpiryText</name>
    <message>
        <source>token %1</source>
        <translation>トークン: %1</translation>
    </message>
    <message>
        <source>token expiry: GitHub says on the next refresh</source>
        <translation>トークンの有効期限: 次回の更新時に GitHub が通知します</translation>
    </message>
    <message>
        <source>%1 (as GitHub reports)</source>
        <translation>%1 (GitHub の報告による)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when TokenDesk stored it)</source>
        <translation>%1 (TokenDesk が保存してから 12 時間)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when the .npmrc was written)</source>
        <translation>%1 (.npmrc が書き込まれてから 12 時間)</translation>
    </message>
    <message>
        <source>token lasts 12 hours from &quot;aws codeartifact login&quot;</source>
        <translation>トークンは &quot;aws codeartifact login&quot; から 12 時間有効です</translation>
    </message>
    <message>
        <source>%1 (date you entered)</source>
        <translation>%1 (入力した日付)</translation>
    </message>
    <message>
        <source>token never expires (as you entered)</source>
        <translation>トークンは無期限です (入力どおり)</translation>
    </message>
    <message>
        <source>token expiry not entered</source>
        <translation>トークンの有効期限が入力されていません</translation>
    </message>
    <message>
        <source>expiry set by the registry</source>
        <translation>有効期限はレジストリが設定します</translation>
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
        <translation>npm 互換レジストリ</translation>
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
        <translation>その他のレジストリ</translation>
    </message>
    <message>
        <source>GitHub Packages has no token API: manage personal access tokens in GitHub&apos;s settings.</source>
        <translation>GitHub Packages にはトークン API がありません。個人用アクセストークンは GitHub の設定で管理してください。</translation>
    </message>
    <message>
        <source>AWS CodeArtifact tokens come from &quot;aws codeartifact login&quot; and end by themselves after 12 hours.</source>
        <translation>AWS CodeArtifact のトークンは &quot;aws codeartifact login&quot; で発行され、12 時間後に自動的に失効します。</translation>
    </message>
    <message>
        <source>Azure Artifacts has no token API: manage personal access tokens in Azure DevOps&apos; user settings.</source>
        <translation>Azure Artifacts にはトークン API がありません。個人用アクセストークンは Azure DevOps のユーザー設定で管理してください。</translation>
    </message>
    <message>
        <source>This registry has no token API: manage its tokens where it issues them.</source>
        <translation>このレジストリにはトークン API がありません。トークンは発行元で管理してください。</translation>
    </message>
    <message>
        <source>%1 has no staged publishing; it is an npmjs feature.</source>
        <translation>%1 にはステージングされた公開がありません。これは npmjs の機能です。</translation>
    </message>
    <message>
        <source>%1 has no trusted publishing; it is an npmjs feature.</source>
        <translation>%1 には信頼できる公開がありません。これは npmjs の機能です。</translation>
    </message>
</context>
<context>
    <name>td::ReleaseChecksPresenter</name>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1: 最後のリリースを確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more package(s) not checked)</source>
        <translation>
            <numerusform>(ほかに %n 個のパッケージは確認していません)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot check the last release while signed out; sign in to this account.</source>
        <translation>%1: サインアウト中は最後のリリースを確認できません。このアカウントにサインインしてください。</translation>
    </message>
    <message>
        <source>%1@%2: %3</source>
        <translation>%1@%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiff</name>
    <message>
        <source>The staged tarball has no package.json.</source>
        <translation>ステージングされた tarball に package.json がありません。</translation>
    </message>
    <message>
        <source>Runs a “%1” script on every install: %2</source>
        <translation>インストールのたびに「%1」スクリプトを実行します: %2</translation>
    </message>
    <message>
        <source>Adds binding.gyp: npm runs “node-gyp rebuild” on install.</source>
        <translation>binding.gyp を追加します: npm はインストール時に「node-gyp rebuild」を実行します。</translation>
    </message>
    <message>
        <source>Holds a link or special file npm does not install: %1</source>
        <translation>npm がインストールしないリンクまたは特殊ファイルが含まれています: %1</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (以前は %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 を追加: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 を削除 (以前は %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>[file mode changed]</source>
        <translation>[ファイルモードが変更されました]</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 (no earlier release to compare with)</source>
        <translation>%1 %2 (比較対象となる以前のリリースはありません)</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>パック後のサイズ</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>展開後のサイズ</translation>
    </message>
    <message>
        <source>Files: %1 (was %2)</source>
        <translation>ファイル: %1 (以前は %2)</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>注意して確認してください:</translation>
    </message>
    <message>
        <source>package.json:</source>
        <translation>package.json:</translation>
    </message>
    <message>
        <source>no changes to scripts, dependencies, bin, exports or main</source>
        <translation>scripts、dependencies、bin、exports、main に変更はありません</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 changed</source>
        <translation>ファイル: %1 件追加、%2 件削除、%3 件変更</translation>
    </message>
    <message>
        <source>Binary or large file %1 differs.</source>
        <translation>バイナリまたは大きなファイル %1 が異なります。</translation>
    </message>
    <message>
        <source>%1 has too many lines for a line diff.</source>
        <translation>%1 は行数が多すぎるため、行単位の差分を表示できません。</translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiffHtml</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (以前は %2)</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>追加: %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>削除 (以前は %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>install script: runs on npm install</source>
        <translation>インストールスクリプト: npm install 時に実行されます</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>(file mode changed)</source>
        <translation>(ファイルモードが変更されました)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Binary or large file: no text diff.</source>
        <translation>バイナリまたは大きなファイル: テキストの差分は表示されません。</translation>
    </message>
    <message>
        <source>Too many lines for a text diff.</source>
        <translation>行数が多すぎるため、テキストの差分を表示できません。</translation>
    </message>
    <message>
        <source>No text changes.</source>
        <translation>テキストの変更はありません。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2: no earlier release to compare with</source>
        <translation>%1 %2: 比較対象となる以前のリリースはありません</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>注意して確認してください:</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>パック後のサイズ</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>展開後のサイズ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>package.json</source>
        <translation>package.json</translation>
    </message>
    <message>
        <source>No changes to scripts, dependencies, bin, exports or main.</source>
        <translation>scripts、dependencies、bin、exports、main に変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>%n 個のファイルが異なります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReleasesPresenter</name>
    <message numerus="yes">
        <source>%n open alarm(s): answer with &quot;It was me&quot; or &quot;Respond&quot;.</source>
        <translation>
            <numerusform>未解決のアラーム %n 件: 「自分が公開した」または「対応」で応答してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n package(s).</source>
        <translation>
            <numerusform>%n 個のパッケージを監視中です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private package(s) go unwatched: store a read token for them.</source>
        <translation>
            <numerusform>%n 個のプライベートパッケージが監視されていません: 読み取りトークンを保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish alarm: %1 %2</source>
        <translation>公開アラーム: %1 %2</translation>
    </message>
    <message>
        <source>A publish of %1 until %2 is expected: it raises no alarm.</source>
        <translation>%2 までの %1 の公開は予定済みです: アラームは出しません。</translation>
    </message>
</context>
<context>
    <name>td::ReleasesView</name>
    <message>
        <source>Nothing watched yet. Sign in to an account that can publish packages: TokenDesk then watches every release of them.</source>
        <translation>まだ何も監視していません。パッケージを公開できるアカウントでサインインすると、TokenDesk がそのパッケージのすべてのリリースを監視します。</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>Release details</source>
        <translation>リリースの詳細</translation>
    </message>
    <message>
        <source>It &amp;was me</source>
        <translation>自分が公開した(&amp;W)</translation>
    </message>
    <message>
        <source>You published this yourself: close the alarm and remember it.</source>
        <translation>自分で公開したリリースです: アラームを閉じて記録します。</translation>
    </message>
    <message>
        <source>R&amp;espond…</source>
        <translation>対応(&amp;E)…</translation>
    </message>
    <message>
        <source>Lock the package down: stop further publishes and undo this one.</source>
        <translation>パッケージをロックダウンします: 以降の公開を止め、この公開を元に戻します。</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>You answered this alarm.</source>
        <translation>このアラームには応答済みです。</translation>
    </message>
    <message>
        <source>Expect &amp;manual publish</source>
        <translation>手動公開を予定(&amp;M)</translation>
    </message>
    <message>
        <source>Excl&amp;ude from watch</source>
        <translation>監視から除外(&amp;U)</translation>
    </message>
    <message>
        <source>Expect a manual publish of %1 in the next hour</source>
        <translation>今後 1 時間以内の %1 の手動公開を予定する</translation>
    </message>
    <message>
        <source>Incl&amp;ude in watch</source>
        <translation>監視に含める(&amp;U)</translation>
    </message>
    <message>
        <source>Include %1 in the watch again</source>
        <translation>%1 を再び監視に含める</translation>
    </message>
    <message>
        <source>Exclude %1 from the watch</source>
        <translation>%1 を監視から除外する</translation>
    </message>
</context>
<context>
    <name>td::ReplacementPlanner</name>
    <message>
        <source>Replaces &quot;%1&quot; (created by TokenDesk on %2)</source>
        <translation>「%1」を置き換えます (%2 に TokenDesk が作成)</translation>
    </message>
    <message>
        <source>Created by TokenDesk on %1</source>
        <translation>%1 に TokenDesk が作成</translation>
    </message>
    <message>
        <source>Publishing directly with tokens that bypass 2FA ends in January 2027. Use trusted publishing for CI, or a stage-only token and approve releases with 2FA.</source>
        <translation>2FA をバイパスするトークンによる直接の公開は 2027 年 1 月に終了します。CI には信頼できる公開を使用するか、ステージング専用トークンを使用して 2FA でリリースを承認してください。</translation>
    </message>
    <message>
        <source>Classic tokens were revoked by npm in December 2025; a registry that still accepts this one is not npmjs.</source>
        <translation>Classic トークンは 2025 年 12 月に npm によって取り消されました。これをまだ受け付けるレジストリは npmjs ではありません。</translation>
    </message>
    <message>
        <source>Set up trusted publishing in the trusted publishing wizard; then remove the CI secret.</source>
        <translation>信頼できる公開ウィザードで信頼できる公開を設定してから、CI シークレットを削除してください。</translation>
    </message>
    <message>
        <source>Update the CI secret %1 (%2:%3) with the new token.</source>
        <translation>CI シークレット %1 (%2:%3) を新しいトークンで更新してください。</translation>
    </message>
    <message>
        <source>Update the environment variable %1 with the new token.</source>
        <translation>環境変数 %1 を新しいトークンで更新してください。</translation>
    </message>
    <message>
        <source>Update %1 by hand.</source>
        <translation>%1 を手動で更新してください。</translation>
    </message>
    <message>
        <source>The old token stays valid until you confirm the places above are updated.</source>
        <translation>上記の場所を更新したことを確定するまで、古いトークンは有効なままです。</translation>
    </message>
</context>
<context>
    <name>td::RepoInspector</name>
    <message>
        <source>%1 is not valid JSON (%2); it was skipped.</source>
        <translation>%1 は有効な JSON ではありません (%2)。スキップしました。</translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml could not be read: %1</source>
        <translation>pnpm-workspace.yaml を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>td::ResultPage</name>
    <message>
        <source>Your new token</source>
        <translation>新しいトークン</translation>
    </message>
    <message>
        <source>This is the only time npm shows the token. Copy it or put it to use now.</source>
        <translation>npm がトークンを表示するのは今回限りです。今すぐコピーするか、使用してください。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>新しいトークン</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>トークンを表示します</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>トークンをコピーします</translation>
    </message>
    <message>
        <source>&amp;Try storing again</source>
        <translation>もう一度保存を試す(&amp;T)</translation>
    </message>
    <message>
        <source>Try storing the token in the keychain again</source>
        <translation>トークンをキーチェーンにもう一度保存してみます</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>トークンを隠します</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>トークンを使用</translation>
    </message>
    <message>
        <source>&amp;User .npmrc</source>
        <translation>ユーザーの .npmrc(&amp;U)</translation>
    </message>
    <message>
        <source>Add to the user .npmrc</source>
        <translation>ユーザーの .npmrc に追加します</translation>
    </message>
    <message>
        <source>P&amp;roject .npmrc</source>
        <translation>プロジェクトの .npmrc(&amp;R)</translation>
    </message>
    <message>
        <source>Add to a project&apos;s .npmrc</source>
        <translation>プロジェクトの .npmrc に追加します</translation>
    </message>
    <message>
        <source>.npmrc file to add the token to</source>
        <translation>トークンを追加する .npmrc ファイル</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>プロジェクトフォルダーを選択します</translation>
    </message>
    <message>
        <source>&amp;Add to .npmrc</source>
        <translation>.npmrc に追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the token to the chosen .npmrc</source>
        <translation>選択した .npmrc にトークンを追加します</translation>
    </message>
    <message>
        <source>Command that runs npm with the token</source>
        <translation>トークンを使って npm を実行するコマンド</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation>コマンドをコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>コマンドをコピーします</translation>
    </message>
    <message>
        <source>GitHub Actions: store the token as the repository secret %1 and pass it to npm with
%2</source>
        <translation>GitHub Actions: トークンをリポジトリシークレット %1 として保存し、次のように npm に渡します
%2</translation>
    </message>
    <message>
        <source>Copy secret &amp;name</source>
        <translation>シークレット名をコピー(&amp;N)</translation>
    </message>
    <message>
        <source>Copy the GitHub Actions secret name</source>
        <translation>GitHub Actions のシークレット名をコピーします</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>コピーしました。クリップボードは %n 秒後に消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in your keychain ✓</source>
        <translation>キーチェーンに保存しました ✓</translation>
    </message>
    <message>
        <source>Creates %1 (readable only by you) with this line:</source>
        <translation>次の行を含む %1 (自分だけが読み取り可能) を作成します:</translation>
    </message>
    <message>
        <source>Replaces line %1 of %2 (the token there now) with this line; a backup is kept:</source>
        <translation>%2 の %1 行目 (現在のトークン) を次の行に置き換えます。バックアップが保存されます:</translation>
    </message>
    <message>
        <source>Adds this line to %1; every other line stays as it is and a backup is kept:</source>
        <translation>%1 に次の行を追加します。ほかの行はそのまま残り、バックアップが保存されます:</translation>
    </message>
    <message>
        <source>Written to %1, line %2.</source>
        <translation>%1 の %2 行目に書き込みました。</translation>
    </message>
    <message>
        <source>Written to %1, line %2. Backup: %3</source>
        <translation>%1 の %2 行目に書き込みました。バックアップ: %3</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>コピーしました: %1</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>フォルダーを選択(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>td::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check what the token will be able to do before it is created.</source>
        <translation>作成する前に、トークンでできることを確認してください。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>修正が必要な問題</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>説明: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>用途: %1</translation>
    </message>
    <message>
        <source>Packages: all packages, including new ones (%1)</source>
        <translation>パッケージ: 新しいものを含むすべてのパッケージ (%1)</translation>
    </message>
    <message>
        <source>Packages and scopes: %1 (%2)</source>
        <translation>パッケージとスコープ: %1 (%2)</translation>
    </message>
    <message>
        <source>Packages and scopes: none</source>
        <translation>パッケージとスコープ: なし</translation>
    </message>
    <message>
        <source>Organizations: %1 (%2)</source>
        <translation>Organization: %1 (%2)</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <source>Usable from: any IP address</source>
        <translation>使用可能な場所: 任意の IP アドレス</translation>
    </message>
    <message>
        <source>Usable from: %1</source>
        <translation>使用可能な場所: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication: bypassed</source>
        <translation>2 要素認証: バイパス</translation>
    </message>
    <message>
        <source>Two-factor authentication: required to publish</source>
        <translation>2 要素認証: 公開時に必須</translation>
    </message>
</context>
<context>
    <name>td::RevokeFlow</name>
    <message>
        <source>Revoke token</source>
        <translation>トークンを取り消す</translation>
    </message>
    <message>
        <source>Revoke the npm token &apos;%1&apos;?</source>
        <translation>npm トークン「%1」を取り消しますか?</translation>
    </message>
    <message>
        <source>Anything that still uses it (CI, an .npmrc) stops working at once. This cannot be undone.</source>
        <translation>このトークンをまだ使用しているもの (CI、.npmrc) はすぐに動作しなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>取り消す(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n line(s) that use it on this computer (backed up first)</source>
        <translation>
            <numerusform>このコンピューター上でこのトークンを使用している %n 行も削除する (先にバックアップします)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still used in:</source>
        <translation>使用中の場所:</translation>
    </message>
    <message>
        <source>Its lines on this computer were not removed: %1</source>
        <translation>このコンピューター上の該当行は削除されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that used it removed; backups in %1.</source>
        <translation>
            <numerusform>このトークンを使用していた %n 行を削除しました。バックアップは %1 にあります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ScopeSummary</name>
    <message>
        <source>all packages</source>
        <translation>すべてのパッケージ</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 個のパッケージ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n 個のスコープ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (org)</source>
        <translation>%1 (Organization)</translation>
    </message>
    <message numerus="yes">
        <source>%n org(s)</source>
        <translation>
            <numerusform>%n 個の Organization</numerusform>
        </translation>
    </message>
    <message>
        <source>no packages</source>
        <translation>パッケージなし</translation>
    </message>
</context>
<context>
    <name>td::SessionExpiryNotice</name>
    <message numerus="yes">
        <source>Your npm session for %1 ends in %n minute(s). Sign in again to keep working.</source>
        <translation>
            <numerusform>%1 の npm セッションはあと %n 分で終了します。作業を続けるには、もう一度サインインしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SessionManager</name>
    <message>
        <source>TokenDesk keeps sessions only in the system keychain, and it cannot be used: %1</source>
        <translation>TokenDesk はセッションをシステムのキーチェーンにのみ保存しますが、キーチェーンを使用できません: %1</translation>
    </message>
    <message>
        <source>Unlock or set up the keychain, then sign in again. Nothing was saved.</source>
        <translation>キーチェーンのロックを解除するか設定してから、もう一度サインインしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>Signing in with a password needs a user name and a password.</source>
        <translation>パスワードでサインインするには、ユーザー名とパスワードが必要です。</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead (for tokendesk-cli: login --auth-type legacy).</source>
        <translation>代わりにユーザー名とパスワードでサインインしてください (tokendesk-cli の場合: login --auth-type legacy)。</translation>
    </message>
    <message>
        <source>The session could not be stored in the keychain: %1</source>
        <translation>セッションをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>アカウント「%1」はありません。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>続行するにはもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>You are not signed in as %1.</source>
        <translation>%1 としてサインインしていません。</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>%1 とのセッションが終了しました。</translation>
    </message>
    <message>
        <source>You are signed out of %1.</source>
        <translation>%1 からサインアウトしました。</translation>
    </message>
    <message>
        <source>Your session with %1 is not in the keychain.</source>
        <translation>%1 とのセッションがキーチェーンにありません。</translation>
    </message>
</context>
<context>
    <name>td::SettingsDialog</name>
    <message>
        <source>TokenDesk settings</source>
        <translation>TokenDesk の設定</translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation>期限切れ前に警告</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 14d, 7d, 3d, 1d, 1h. TokenDesk also warns when a token has expired.</source>
        <translation>カンマ区切りで指定します。例: 14d, 7d, 3d, 1d, 1h。トークンが期限切れになったときにも警告します。</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>期限切れ前に警告(&amp;W):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>コピーしたトークンを消去するまでの時間(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Start TokenDesk in the tray when I log in</source>
        <translation>ログイン時に TokenDesk をトレイで起動(&amp;S)</translation>
    </message>
    <message>
        <source>Write each warning as a number and d, h or m, separated by commas, e.g. 14d, 7d, 1h.</source>
        <translation>各警告は数字と d、h、m のいずれかで指定し、カンマで区切ります。例: 14d, 7d, 1h。</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>CI runs already queued still use the old token: TokenDesk revokes it only this long after every CI secret holds the new one.</source>
        <translation>キューに入っている CI の実行は古いトークンを使い続けます。TokenDesk は、すべての CI シークレットが新しいトークンを保持してから、この時間が経過した後に古いトークンを取り消します。</translation>
    </message>
    <message>
        <source>&amp;Revoke the old token after:</source>
        <translation>古いトークンを取り消すまでの時間(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;I services</source>
        <translation>CI サービス(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;ublish watch</source>
        <translation>公開監視(&amp;U)</translation>
    </message>
</context>
<context>
    <name>td::SignInDialog</name>
    <message>
        <source>Sign in to an npm registry</source>
        <translation>npm レジストリにサインイン</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>レジストリのアドレス</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>ブラウザーでサインイン (推奨)(&amp;B)</translation>
    </message>
    <message>
        <source>Sign in with user &amp;name and password</source>
        <translation>ユーザー名とパスワードでサインイン(&amp;N)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>optional: asked for when needed</source>
        <translation>省略可: 必要なときに求められます</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>ワンタイムコード(&amp;C):</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>レジストリ(&amp;R):</translation>
    </message>
    <message>
        <source>The sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.
If no page opened, visit: %1
Waiting for approval…</source>
        <translation>ブラウザーでサインインページが開きました。そこでサインインしてください。TokenDesk は自動的に続行します。
ページが開かない場合は、次の URL にアクセスしてください: %1
承認を待っています…</translation>
    </message>
    <message>
        <source>Waiting for your one-time password…</source>
        <translation>ワンタイムパスワードを待っています…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a registry address.</source>
        <translation>「%1」はレジストリのアドレスではありません。</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in page…</source>
        <translation>%1 にサインインページを要求しています…</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>%2 として %1 にサインインしています…</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser. Enter your user name and password instead.</source>
        <translation>%1 はブラウザーでのサインインに対応していません。代わりにユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>アドレスをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself:
%1
Waiting for approval…</source>
        <translation>Web ブラウザーを開けませんでした。ブラウザーで次のアドレスを開いてサインインしてください。TokenDesk は自動的に続行します:
%1
承認を待っています…</translation>
    </message>
</context>
<context>
    <name>td::StageErrors</name>
    <message>
        <source>stage-id must be a valid UUID</source>
        <translation>stage-id には有効な UUID を指定してください</translation>
    </message>
    <message>
        <source>Copy the id from &apos;stage list&apos;, for example 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</source>
        <translation>「stage list」から ID をコピーしてください (例: 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b)。</translation>
    </message>
    <message>
        <source>No staged version with id %1 waits on the registry.</source>
        <translation>ID %1 の承認待ちのステージングされたバージョンはレジストリにありません。</translation>
    </message>
    <message>
        <source>It may have been approved or rejected already, or it is not yours to see. Run &apos;stage list&apos; for the versions that wait.</source>
        <translation>既に承認または拒否されたか、あなたには表示する権限がない可能性があります。承認待ちのバージョンを確認するには「stage list」を実行してください。</translation>
    </message>
    <message>
        <source>Staged version %1 is still being validated by the registry and cannot be approved yet.</source>
        <translation>ステージングされたバージョン %1 はまだレジストリで検証中のため、承認できません。</translation>
    </message>
    <message>
        <source>Wait a few minutes until its status is “staged”, then approve it.</source>
        <translation>状態が「staged」になるまで数分待ってから承認してください。</translation>
    </message>
    <message>
        <source>The registry already has this version, published or staged (%1).</source>
        <translation>このバージョンは既にレジストリに公開済みまたはステージング済みです (%1)。</translation>
    </message>
    <message>
        <source>Reject this stage, or stage a new version number.</source>
        <translation>このステージングを拒否するか、新しいバージョン番号でステージングしてください。</translation>
    </message>
    <message>
        <source>Approving or rejecting a staged version needs two-factor authentication on your npm account.</source>
        <translation>ステージングされたバージョンを承認または拒否するには、npm アカウントで 2 要素認証を有効にする必要があります。</translation>
    </message>
    <message>
        <source>Turn on 2FA in your npm account settings, then try again.</source>
        <translation>npm アカウントの設定で 2FA を有効にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The registry does not let this account approve or reject staged versions of this package.</source>
        <translation>レジストリは、このアカウントによるこのパッケージのステージングされたバージョンの承認または拒否を許可していません。</translation>
    </message>
    <message>
        <source>Stage-only and trusted-publishing tokens cannot approve; sign in as a maintainer of the package.</source>
        <translation>ステージング専用トークンと信頼できる公開のトークンでは承認できません。パッケージのメンテナーとしてサインインしてください。</translation>
    </message>
</context>
<context>
    <name>td::StageInbox</name>
    <message>
        <source>Sign in to %1 as %2 to see its staged versions.</source>
        <translation>ステージングされたバージョンを表示するには、%2 として %1 にサインインしてください。</translation>
    </message>
</context>
<context>
    <name>td::StagePresenter</name>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval.</source>
        <translation>
            <numerusform>%n 件のステージングされたリリースが承認を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing staged waits for your approval.</source>
        <translation>承認を待っているステージングされたリリースはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Approving %1 of %n…</source>
        <translation>
            <numerusform>%n 件中 %1 件目を承認しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %1 of %n…</source>
        <translation>
            <numerusform>%n 件中 %1 件目を拒否しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a staged version to see what changed.</source>
        <translation>変更内容を表示するには、ステージングされたバージョンを選択してください。</translation>
    </message>
    <message>
        <source>%1 has no release yet: npm created this placeholder when the package was first staged. It is not a release; approve the staged version itself.</source>
        <translation>%1 にはまだリリースがありません: このプレースホルダーは、パッケージが初めてステージングされたときに npm が作成したものです。これはリリースではありません。ステージングされたバージョンそのものを承認してください。</translation>
    </message>
    <message>
        <source>This staged version was rejected.</source>
        <translation>このステージングされたバージョンは拒否されました。</translation>
    </message>
    <message>
        <source>Comparing %1 with the last release…</source>
        <translation>%1 を最新のリリースと比較しています…</translation>
    </message>
    <message>
        <source>The changes could not be loaded: %1 Select the version again to retry.</source>
        <translation>変更内容を読み込めませんでした: %1 再試行するには、バージョンをもう一度選択してください。</translation>
    </message>
    <message>
        <source>Approve staged version</source>
        <translation>ステージングされたバージョンの承認</translation>
    </message>
    <message>
        <source>Approve %1 %2?</source>
        <translation>%1 %2 を承認しますか?</translation>
    </message>
    <message>
        <source>It is published with the tag &quot;%1&quot; and can be installed at once. Your second factor confirms it.</source>
        <translation>タグ「%1」で公開され、すぐにインストールできるようになります。第 2 の認証要素で確定します。</translation>
    </message>
    <message>
        <source>&amp;Approve %1</source>
        <translation>%1 を承認(&amp;A)</translation>
    </message>
    <message>
        <source>Reject staged version</source>
        <translation>ステージングされたバージョンの拒否</translation>
    </message>
    <message>
        <source>Reject %1 %2?</source>
        <translation>%1 %2 を拒否しますか?</translation>
    </message>
    <message>
        <source>The staged version and its tarball are deleted from the registry. This cannot be undone. Your second factor confirms it.</source>
        <translation>ステージングされたバージョンとその tarball はレジストリから削除されます。この操作は元に戻せません。第 2 の認証要素で確定します。</translation>
    </message>
    <message>
        <source>&amp;Reject %1</source>
        <translation>%1 を拒否(&amp;R)</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace %1:</source>
        <translation>ワークスペース %1 の依存関係の順序で:</translation>
    </message>
    <message>
        <source>Oldest first:</source>
        <translation>古い順:</translation>
    </message>
    <message>
        <source>%1. %2 %3 (tag %4)</source>
        <translation>%1. %2 %3 (タグ %4)</translation>
    </message>
    <message>
        <source>Approve staged versions</source>
        <translation>ステージングされたバージョンの承認</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n staged version(s)?</source>
        <translation>
            <numerusform>%n 件のステージングされたバージョンを承認しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>%n 件を承認(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::StagedReleaseModel</name>
    <message>
        <source>npm created this placeholder when the package was first staged. It is not a release and cannot be approved.</source>
        <translation>このプレースホルダーは、パッケージが初めてステージングされたときに npm が作成したものです。リリースではないため、承認できません。</translation>
    </message>
    <message>
        <source>placeholder, not a release</source>
        <translation>プレースホルダー (リリースではありません)</translation>
    </message>
    <message>
        <source>%1 (trusted automation)</source>
        <translation>%1 (信頼できる自動化)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (ユーザー)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
    <message>
        <source>Approved (tag %1)</source>
        <translation>承認済み (タグ %1)</translation>
    </message>
    <message>
        <source>Rejected and deleted</source>
        <translation>拒否され、削除されました</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>Not attempted (an earlier one failed)</source>
        <translation>未実行 (前の処理が失敗したため)</translation>
    </message>
    <message>
        <source>Not a release</source>
        <translation>リリースではありません</translation>
    </message>
    <message>
        <source>Validating on the registry</source>
        <translation>レジストリで検証中</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Staged by</source>
        <translation>ステージングしたユーザー</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>ステージング日時</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>確認状態</translation>
    </message>
</context>
<context>
    <name>td::StagedReleasesTab</name>
    <message>
        <source>Staged releases</source>
        <translation>ステージングされたリリース</translation>
    </message>
    <message>
        <source>Changes against the last release</source>
        <translation>最新のリリースとの差分</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>Approve the selected staged version</source>
        <translation>選択したステージングされたバージョンを承認します</translation>
    </message>
    <message>
        <source>Publish the selected version (Ctrl+Return)</source>
        <translation>選択したバージョンを公開します (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒否(&amp;J)…</translation>
    </message>
    <message>
        <source>Reject the selected staged version</source>
        <translation>選択したステージングされたバージョンを拒否します</translation>
    </message>
    <message>
        <source>Delete the selected staged version (Ctrl+Delete)</source>
        <translation>選択したステージングされたバージョンを削除します (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Approve a&amp;ll in dependency order…</source>
        <translation>すべてを依存関係の順序で承認(&amp;L)…</translation>
    </message>
    <message>
        <source>Approve every waiting staged version</source>
        <translation>承認待ちのステージングされたバージョンをすべて承認します</translation>
    </message>
    <message>
        <source>Batch approval progress</source>
        <translation>一括承認の進行状況</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%n 件中 %1 件を承認済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SyncStatus</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 時間前</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 日前</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>最終同期: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>add an account to see its tokens</source>
        <translation>トークンを表示するにはアカウントを追加してください</translation>
    </message>
    <message>
        <source>sign in to refresh</source>
        <translation>更新するにはサインインしてください</translation>
    </message>
    <message>
        <source>sign in to see your tokens</source>
        <translation>トークンを表示するにはサインインしてください</translation>
    </message>
</context>
<context>
    <name>td::TarballReader</name>
    <message>
        <source>TokenDesk does not open this tarball. Reject the staged version unless you know why it looks like this.</source>
        <translation>TokenDesk はこの tarball を開きません。このような内容になっている理由がわからない場合は、ステージングされたバージョンを拒否してください。</translation>
    </message>
    <message>
        <source>The tarball is %1 MB, more than the %2 MB TokenDesk reads.</source>
        <translation>tarball のサイズは %1 MB で、TokenDesk が読み取る上限の %2 MB を超えています。</translation>
    </message>
    <message>
        <source>This is not a gzip-compressed tar archive (%1).</source>
        <translation>これは gzip 圧縮された tar アーカイブではありません (%1)。</translation>
    </message>
    <message>
        <source>The tarball is damaged or not a tar archive (%1).</source>
        <translation>tarball が破損しているか、tar アーカイブではありません (%1)。</translation>
    </message>
    <message>
        <source>The tarball holds more than %1 entries.</source>
        <translation>tarball に含まれるエントリが %1 個を超えています。</translation>
    </message>
    <message>
        <source>The tarball holds an entry named “%1” that points outside the package folder.</source>
        <translation>tarball に、パッケージフォルダーの外を指す「%1」という名前のエントリが含まれています。</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” is %2 MB, more than the %3 MB TokenDesk reads for one file.</source>
        <translation>tarball のエントリ「%1」は %2 MB で、TokenDesk が 1 ファイルについて読み取る上限の %3 MB を超えています。</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” cannot be read (%2).</source>
        <translation>tarball のエントリ「%1」を読み取れません (%2)。</translation>
    </message>
    <message>
        <source>The tarball unpacks to more than %1 MB.</source>
        <translation>tarball を展開すると %1 MB を超えます。</translation>
    </message>
    <message>
        <source>TokenDesk cannot open tarballs: %1</source>
        <translation>TokenDesk は tarball を開けません: %1</translation>
    </message>
    <message>
        <source>Install libarchive13 (sudo apt install libarchive13), or reinstall TokenDesk&apos;s package, which depends on it.</source>
        <translation>libarchive13 をインストールする (sudo apt install libarchive13) か、libarchive13 に依存する TokenDesk のパッケージを再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>td::TimelineView</name>
    <message>
        <source>Token timeline</source>
        <translation>トークンのタイムライン</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1
Created: %2
Expires: %3 (%4)</source>
        <translation>%1
作成日時: %2
有効期限: %3 (%4)</translation>
    </message>
    <message>
        <source>No tokens to show yet.</source>
        <translation>表示するトークンはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>a notice threshold on the timeline: days from today</comment>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>td::Token</name>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>読み取りと書き込み</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>ステージングのみ</translation>
    </message>
    <message>
        <source>publish (bypasses 2FA)</source>
        <translation>公開 (2FA をバイパス)</translation>
    </message>
    <message>
        <source>classic publish</source>
        <translation>Classic 公開</translation>
    </message>
    <message>
        <source>classic read-only</source>
        <translation>Classic 読み取り専用</translation>
    </message>
    <message>
        <source>classic automation</source>
        <translation>Classic 自動化</translation>
    </message>
    <message>
        <source>login session</source>
        <translation>ログインセッション</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>td::TokenActions</name>
    <message>
        <source>&apos;%1&apos; was not revoked: %2</source>
        <translation>「%1」は取り消されませんでした: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was revoked.</source>
        <translation>「%1」を取り消しました。</translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; could not be read from the keychain: %2</source>
        <translation>「%1」のシークレットをキーチェーンから読み取れませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; copied; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>「%1」をコピーしました。%n 秒後にクリップボードを消去します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenCache</name>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>不明な形式バージョン</translation>
    </message>
    <message>
        <source>it belongs to another account</source>
        <translation>別のアカウントのものです</translation>
    </message>
    <message>
        <source>no valid sync time</source>
        <translation>有効な同期時刻がありません</translation>
    </message>
    <message>
        <source>no token list</source>
        <translation>トークン一覧がありません</translation>
    </message>
    <message>
        <source>a token entry is damaged</source>
        <translation>トークンのエントリが破損しています</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2); it was kept as %3.</source>
        <translation>保存されたトークン一覧 %1 が破損しています (%2)。%3 として保存しました。</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2).</source>
        <translation>保存されたトークン一覧 %1 が破損しています (%2)。</translation>
    </message>
    <message>
        <source>Refresh to download the list again.</source>
        <translation>更新して一覧をもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
</context>
<context>
    <name>td::TokenContextMenu</name>
    <message>
        <source>Token actions</source>
        <translation>トークンの操作</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>ローテーション(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>取り消す(&amp;V)…</translation>
    </message>
    <message>
        <source>Show &amp;where used</source>
        <translation>使用場所を表示(&amp;W)</translation>
    </message>
</context>
<context>
    <name>td::TokenCreation</name>
    <message>
        <source>The token was created, but it could not be stored in your keychain (%1). Copy it now or try storing it again: it will not be shown again after you close this window.</source>
        <translation>トークンは作成されましたが、キーチェーンに保存できませんでした (%1)。今すぐコピーするか、もう一度保存を試してください: このウィンドウを閉じると、トークンは二度と表示されません。</translation>
    </message>
</context>
<context>
    <name>td::TokenCreationService</name>
    <message>
        <source>A token is already being created.</source>
        <translation>既にトークンを作成中です。</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create a token.</source>
        <translation>npm のパスワードを入力してください: トークンの作成時に npm が求めます。</translation>
    </message>
    <message>
        <source>There is no token to store.</source>
        <translation>保存するトークンがありません。</translation>
    </message>
    <message>
        <source>The registry asks for a one-time password, but the window that asked for this token is closed.</source>
        <translation>レジストリがワンタイムパスワードを求めていますが、このトークンを要求したウィンドウは閉じられています。</translation>
    </message>
    <message>
        <source>Create the token again.</source>
        <translation>もう一度トークンを作成してください。</translation>
    </message>
</context>
<context>
    <name>td::TokenDetailsPane</name>
    <message>
        <source>Token details</source>
        <translation>トークンの詳細</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>ローテーション(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>取り消す(&amp;V)…</translation>
    </message>
    <message>
        <source>Select a token to see its permissions, scopes and where it is used.</source>
        <translation>トークンを選択すると、権限、スコープ、使用場所が表示されます。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>すべてのパッケージ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>パッケージとスコープ</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>許可する IP 範囲</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>任意のアドレス</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>2FA をバイパス</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用日時</translation>
    </message>
    <message>
        <source>never or unknown</source>
        <translation>なし、または不明</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>in your keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>not stored by TokenDesk</source>
        <translation>TokenDesk には保存されていません</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>スキャンしています…</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>未スキャン</translation>
    </message>
    <message>
        <source>not used on this computer</source>
        <translation>このコンピューターでは使用されていません</translation>
    </message>
    <message>
        <source>Used on this machine</source>
        <translation>このコンピューターでの使用</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 s</source>
        <translation>トークンをコピーします。クリップボードは 30 秒後に消去されます</translation>
    </message>
    <message>
        <source>TokenDesk does not hold this token&apos;s secret</source>
        <translation>TokenDesk はこのトークンのシークレットを保持していません</translation>
    </message>
    <message>
        <source>In CI</source>
        <translation>CI での使用</translation>
    </message>
    <message>
        <source>Connect a CI service…</source>
        <translation>CI サービスに接続…</translation>
    </message>
    <message>
        <source>Last releases</source>
        <translation>最後のリリース</translation>
    </message>
</context>
<context>
    <name>td::TokenDraft</name>
    <message>
        <source>Publish from CI</source>
        <translation>CI から公開</translation>
    </message>
    <message>
        <source>Install private packages in CI</source>
        <translation>CI でプライベートパッケージをインストール</translation>
    </message>
    <message>
        <source>Publish from this computer</source>
        <translation>このコンピューターから公開</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message numerus="yes">
        <source>Read-only for %n days: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</source>
        <translation>
            <numerusform>読み取り専用、有効期間 %n 日: プライベートパッケージをインストールできますが公開はできません。読み取り専用トークンには 2FA は不要です。読み取り専用トークンの有効期間に上限はありません。期限切れの前に TokenDesk がお知らせします。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write for %n days, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</source>
        <translation>
            <numerusform>読み取りと書き込み、有効期間 %n 日 (npm の既定値)。2FA はバイパスしません: 公開のたびに自分で確認するため、盗まれたコピーだけでは公開できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n days.</source>
        <translation>
            <numerusform>npm の既定値 (読み取り専用、%n 日) から始めて、すべての設定を自分で選択します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a permission for the packages and scopes; &apos;no access&apos; grants nothing.</source>
        <translation>パッケージとスコープの権限を選択してください。「アクセス権なし」では何も許可されません。</translation>
    </message>
    <message>
        <source>Choose a permission for the organizations; &apos;no access&apos; grants nothing.</source>
        <translation>Organization の権限を選択してください。「アクセス権なし」では何も許可されません。</translation>
    </message>
    <message>
        <source>Usable from any IP address: add an IP range to limit where it works.</source>
        <translation>任意の IP アドレスから使用可能: 使用できる場所を制限するには IP 範囲を追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>Can publish all %n package(s), and new packages too.</source>
        <translation>
            <numerusform>%n 個すべてのパッケージと新しいパッケージを公開できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can stage releases of all %n package(s), and of new packages too.</source>
        <translation>
            <numerusform>%n 個すべてのパッケージと新しいパッケージのリリースをステージングできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): you will be reminded.</source>
        <translation>
            <numerusform>%n 日後に期限切れ: リマインダーが届きます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write (stage only) for %n days: CI stages each release without 2FA, and you approve it with 2FA before it goes live. This keeps working after npm ends direct publishing with tokens in January 2027, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all.</source>
        <translation>
            <numerusform>読み取りと書き込み (ステージングのみ)、有効期間 %n 日: CI は 2FA なしで各リリースをステージングし、公開前にあなたが 2FA で承認します。npm が 2027 年 1 月にトークンによる直接の公開を終了した後も使用でき、許可される最長の有効期間によりローテーションの回数も減ります (有効期限が切れる前に TokenDesk が通知します)。さらに良いのは信頼できる公開を使用することです: CI にトークンがまったく不要になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>npm ends direct publishing with bypass-2FA tokens in January 2027; the exact day is not announced, and npm&apos;s documentation words it for every token that publishes directly. After that day this token may no longer publish. Choose &quot;Read and write (stage only)&quot; to stage releases that you approve with 2FA, or use trusted publishing.</source>
        <translation>npm は 2027 年 1 月に、2FA をバイパスするトークンによる直接の公開を終了します。正確な日付は発表されておらず、npm のドキュメントでは直接公開するすべてのトークンが対象とされています。その日以降、このトークンでは公開できなくなる可能性があります。「読み取りと書き込み (ステージングのみ)」を選択して 2FA で承認するリリースをステージングするか、信頼できる公開を使用してください。</translation>
    </message>
    <message>
        <source>Can publish every package of this account, and new packages too.</source>
        <translation>このアカウントのすべてのパッケージと、新しいパッケージも公開できます。</translation>
    </message>
    <message>
        <source>Can stage releases of every package of this account, and of new packages too.</source>
        <translation>このアカウントのすべてのパッケージと、新しいパッケージのリリースをステージングできます。</translation>
    </message>
    <message>
        <source>Can publish %1.</source>
        <translation>%1 を公開できます。</translation>
    </message>
    <message>
        <source>Can publish every package in %1, and new ones there too.</source>
        <translation>%1 のすべてのパッケージと、そこに追加される新しいパッケージを公開できます。</translation>
    </message>
    <message>
        <source>Can add and remove members and teams in %1.</source>
        <translation>%1 のメンバーとチームを追加・削除できます。</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a code. npm plans to end publishing with such tokens in January 2027.</source>
        <translation>2 要素認証をバイパスします: このトークンを持つ人は誰でもコードなしで公開できます。npm は 2027 年 1 月にこのようなトークンでの公開を終了する予定です。</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryDialog</name>
    <message>
        <source>Set token expiry</source>
        <translation>トークンの有効期限を設定</translation>
    </message>
    <message>
        <source>This registry does not say when the token of %1 ends. Enter the last day it works (as shown where you created it), and TokenDesk counts down and warns you in time.</source>
        <translation>このレジストリは %1 のトークンがいつ失効するかを示しません。トークンが使える最終日 (作成した場所に表示されたもの) を入力すると、TokenDesk がカウントダウンして事前に警告します。</translation>
    </message>
    <message>
        <source>Last day the token works</source>
        <translation>トークンが使える最終日</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最終日(&amp;L):</translation>
    </message>
    <message>
        <source>From today:</source>
        <translation>今日から:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>The token &amp;never expires</source>
        <translation>トークンは無期限(&amp;N)</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryEntry</name>
    <message>
        <source>The account %1 is no longer in TokenDesk.</source>
        <translation>アカウント %1 は TokenDesk にもうありません。</translation>
    </message>
    <message>
        <source>Sign in again, then set the token&apos;s expiry.</source>
        <translation>もう一度サインインしてから、トークンの有効期限を設定してください。</translation>
    </message>
    <message>
        <source>TokenDesk cannot store this expiry for %1.</source>
        <translation>TokenDesk は %1 のこの有効期限を保存できません。</translation>
    </message>
    <message>
        <source>This registry&apos;s tokens end on a date; enter that date.</source>
        <translation>このレジストリのトークンは特定の日付で失効します。その日付を入力してください。</translation>
    </message>
</context>
<context>
    <name>td::TokenIdentity</name>
    <message>
        <source>no value here</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>npm token</source>
        <translation>npm トークン</translation>
    </message>
    <message>
        <source>classic token (old UUID format)</source>
        <translation>Classic トークン (古い UUID 形式)</translation>
    </message>
    <message>
        <source>placeholder, not a real token</source>
        <translation>プレースホルダー (実際のトークンではありません)</translation>
    </message>
    <message>
        <source>other credential</source>
        <translation>その他の認証情報</translation>
    </message>
</context>
<context>
    <name>td::TokenListModel</name>
    <message>
        <source>revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>パッケージとスコープ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用日時</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>2FA をバイパス</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027 (the exact day is not announced). Move this token&apos;s packages to trusted publishing or to a stage-only token.</source>
        <translation>npm は 2027 年 1 月にトークンによる直接の公開を終了します (正確な日付は発表されていません)。このトークンのパッケージを信頼できる公開またはステージング専用トークンに移行してください。</translation>
    </message>
    <message>
        <source>Stages releases that you approve with 2FA; keeps working after January 2027.</source>
        <translation>あなたが 2FA で承認するリリースをステージングします。2027 年 1 月以降も使用できます。</translation>
    </message>
    <message>
        <source>stops publishing in January 2027</source>
        <translation>2027 年 1 月に公開できなくなります</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>ステージングのみ</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a second factor.</source>
        <translation>2 要素認証をバイパスします: このトークンを持つ人は誰でも第 2 の認証要素なしで公開できます。</translation>
    </message>
</context>
<context>
    <name>td::TokenListPresenter</name>
    <message>
        <source>Refresh failed: %1</source>
        <translation>更新に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>td::TokenMatcher</name>
    <message>
        <source>This credential is for %1, not for this account&apos;s registry.</source>
        <translation>この認証情報はこのアカウントのレジストリではなく、%1 用です。</translation>
    </message>
    <message>
        <source>The value is stored in the CI service, not on this computer.</source>
        <translation>値はこのコンピューターではなく CI サービスに保存されています。</translation>
    </message>
    <message>
        <source>The variable %1 is not set here.</source>
        <translation>変数 %1 はここでは設定されていません。</translation>
    </message>
    <message>
        <source>This is actions/setup-node&apos;s placeholder, not a real token.</source>
        <translation>これは actions/setup-node のプレースホルダーで、実際のトークンではありません。</translation>
    </message>
    <message>
        <source>A user name and password, not a token: nothing to match.</source>
        <translation>トークンではなくユーザー名とパスワードです: 照合するものはありません。</translation>
    </message>
    <message>
        <source>The token was revoked or has expired.</source>
        <translation>トークンは取り消されたか、期限切れです。</translation>
    </message>
    <message>
        <source>%1 tokens share the masked form %2; TokenDesk cannot tell which one this is.</source>
        <translation>%1 個のトークンがマスク表示 %2 を共有しているため、TokenDesk はどれがこのトークンかを判別できません。</translation>
    </message>
    <message>
        <source>Matched by its masked form only.</source>
        <translation>マスク表示のみで照合しました。</translation>
    </message>
    <message>
        <source>Not one of this account&apos;s tokens, and not checked online.</source>
        <translation>このアカウントのトークンではなく、オンラインでも確認していません。</translation>
    </message>
    <message>
        <source>The registry rejects it (401).</source>
        <translation>レジストリはこれを拒否します (401)。</translation>
    </message>
    <message>
        <source>It works (user %1) but is not in this account&apos;s token list: a session token or another account&apos;s token.</source>
        <translation>有効です (ユーザー %1) が、このアカウントのトークン一覧にはありません: セッショントークンか、別のアカウントのトークンです。</translation>
    </message>
    <message>
        <source>Matched by its masked form; the registry could not confirm it: %1</source>
        <translation>マスク表示で照合しましたが、レジストリで確認できませんでした: %1</translation>
    </message>
    <message>
        <source>A client certificate in files, not a token: nothing to match.</source>
        <translation>トークンではなく、ファイル内のクライアント証明書です。照合する対象はありません。</translation>
    </message>
</context>
<context>
    <name>td::TokenPolicy</name>
    <message>
        <source>Give the token a name.</source>
        <translation>トークンに名前を付けてください。</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long (it has %2).</source>
        <translation>名前は %1 文字以内にしてください (現在 %2 文字)。</translation>
    </message>
    <message>
        <source>The name can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>名前に使用できるのは英字、数字、スペース、「-」、「_」のみで、「%1」は使用できません。</translation>
    </message>
    <message>
        <source>The description can be at most %1 characters long (it has %2).</source>
        <translation>説明は %1 文字以内にしてください (現在 %2 文字)。</translation>
    </message>
    <message>
        <source>The description can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>説明に使用できるのは英字、数字、スペース、「-」、「_」のみで、「%1」は使用できません。</translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation>有効期限の日付を選択してください。</translation>
    </message>
    <message>
        <source>Choose an expiry date at least one day ahead.</source>
        <translation>1 日以上先の有効期限の日付を選択してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid npm package name: %2.</source>
        <translation>「%1」は有効な npm パッケージ名ではありません: %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no name after the &apos;@&apos;.</source>
        <translation>「%1」には「@」の後に名前がありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a package name; a scope has no &apos;/&apos;.</source>
        <translation>「%1」はパッケージ名です。スコープに「/」は含まれません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot start with &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>「%1」の先頭に「.」、「_」、「-」は使用できません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lowercase.</source>
        <translation>「%1」は小文字にする必要があります。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only contain URL-friendly characters.</source>
        <translation>「%1」には URL で使用できる文字のみを含めることができます。</translation>
    </message>
    <message>
        <source>Enter a scope such as @acme.</source>
        <translation>@acme のようなスコープを入力してください。</translation>
    </message>
    <message>
        <source>Enter an organization name.</source>
        <translation>Organization 名を入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: enter the organization without &apos;@&apos;.</source>
        <translation>「%1」: Organization は「@」を付けずに入力してください。</translation>
    </message>
    <message>
        <source>CIDR whitelist can only contain IPv4 addresses, %1 is IPv6</source>
        <translation>CIDR 許可リストには IPv4 アドレスのみを含めることができます。%1 は IPv6 です</translation>
    </message>
    <message>
        <source>CIDR whitelist contains invalid CIDR entry: %1</source>
        <translation>CIDR 許可リストに無効な CIDR エントリがあります: %1</translation>
    </message>
    <message>
        <source>A token can name at most %1 packages and scopes together (this one has %2). Use a scope or all packages instead.</source>
        <translation>1 つのトークンで指定できるパッケージとスコープは合計 %1 個までです (このトークンは %2 個)。代わりにスコープまたはすべてのパッケージを使用してください。</translation>
    </message>
    <message>
        <source>A token can name at most %1 organizations (this one has %2).</source>
        <translation>1 つのトークンで指定できる Organization は %1 個までです (このトークンは %2 個)。</translation>
    </message>
    <message>
        <source>You must give this token access to at least one package, scope, or organization.</source>
        <translation>このトークンには、少なくとも 1 つのパッケージ、スコープ、または Organization へのアクセス権を与える必要があります。</translation>
    </message>
    <message>
        <source>Stage-only applies to packages and scopes; for organizations choose no access, read-only or read and write.</source>
        <translation>ステージングのみはパッケージとスコープに適用されます。Organization には、アクセス権なし、読み取り専用、読み取りと書き込みのいずれかを選択してください。</translation>
    </message>
    <message>
        <source>Bypass 2FA applies only to tokens that can write; a read-only token never asks for 2FA.</source>
        <translation>2FA のバイパスは書き込み可能なトークンにのみ適用されます。読み取り専用トークンが 2FA を求めることはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Invalid expiration value. Read-write tokens can only be valid for up to %n day(s).</source>
        <translation>
            <numerusform>有効期限の値が無効です。読み書き可能なトークンの有効期間は最長 %n 日です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A token must be valid for at least %n day(s).</source>
        <translation>
            <numerusform>トークンの有効期間は %n 日以上にしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenSync</name>
    <message>
        <source>TokenDesk does not know the account %1.</source>
        <translation>TokenDesk はアカウント %1 を認識していません。</translation>
    </message>
</context>
<context>
    <name>td::TokenUsage</name>
    <message>
        <source>CI uses secret %1 (%2)</source>
        <translation>CI がシークレット %1 を使用しています (%2)</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>環境変数 %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 の %2 行目</translation>
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
        <translation>TokenDesk を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>新しいトークン(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>今すぐローテーション</translation>
    </message>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval</source>
        <translation>
            <numerusform>%n 件のステージングされたリリースが承認を待っています</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk · %1</source>
        <translation>TokenDesk · %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Review staged releases</source>
        <translation>ステージングされたリリースを確認</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>移行</translation>
    </message>
    <message>
        <source>Move off this token…</source>
        <translation>このトークンから移行…</translation>
    </message>
</context>
<context>
    <name>td::TrustApplyPage</name>
    <message>
        <source>Applying</source>
        <translation>適用中</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Progress per package</source>
        <translation>パッケージごとの進行状況</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き込みました。</translation>
    </message>
    <message>
        <source>No trusted publisher to create.</source>
        <translation>作成する信頼できる公開元はありません。</translation>
    </message>
    <message>
        <source>Not signed in: no trusted publisher was created.</source>
        <translation>サインインしていません: 信頼できる公開元は作成されませんでした。</translation>
    </message>
    <message>
        <source>%1 of %2 verified on the registry.</source>
        <translation>%2 個中 %1 個をレジストリで検証しました。</translation>
    </message>
</context>
<context>
    <name>td::TrustAudit</name>
    <message>
        <source>%1 allows staging only, but %2 runs npm publish: npm will answer &quot;OIDC permission denied for this action&quot;. Change the step to npm stage publish (tokendesk-cli trust workflow --apply).</source>
        <translation>%1 はステージングのみを許可していますが、%2 は npm publish を実行しています: npm は &quot;OIDC permission denied for this action&quot; と応答します。ステップを npm stage publish に変更してください (tokendesk-cli trust workflow --apply)。</translation>
    </message>
    <message>
        <source>%1 does not allow staging, but %2 runs npm stage publish. Allow it (--allow-stage-publish) or publish directly.</source>
        <translation>%1 はステージングを許可していませんが、%2 は npm stage publish を実行しています。ステージングを許可する (--allow-stage-publish) か、直接公開してください。</translation>
    </message>
    <message>
        <source>%1 requires the environment &quot;%2&quot;, but no publish job of %3 runs in it, so npm will refuse the job&apos;s token. Set environment: %2 on the publish job, or recreate the config with the job&apos;s environment.</source>
        <translation>%1 は環境「%2」を必須としていますが、%3 の公開ジョブはどれもその環境で実行されないため、npm はジョブのトークンを拒否します。公開ジョブに environment: %2 を設定するか、ジョブの環境で構成を作成し直してください。</translation>
    </message>
    <message>
        <source>%1 allows direct npm publish: a release goes out without anyone approving it. Allow only npm stage publish unless you need direct publishing.</source>
        <translation>%1 は直接の npm publish を許可しています: リリースは誰の承認もなしに公開されます。直接の公開が必要でない限り、npm stage publish のみを許可してください。</translation>
    </message>
    <message>
        <source>%1 names no environment: any job of the workflow, on any branch, may publish. Name a protected environment.</source>
        <translation>%1 は環境を指定していません: ワークフローのどのジョブでも、どのブランチからでも公開できます。保護された環境を指定してください。</translation>
    </message>
    <message>
        <source>%1 trusts the repository %2, but package.json names %3.</source>
        <translation>%1 はリポジトリ %2 を信頼していますが、package.json には %3 が指定されています。</translation>
    </message>
    <message>
        <source>%1 trusts the owner %2, but package.json names %3.</source>
        <translation>%1 は所有者 %2 を信頼していますが、package.json には %3 が指定されています。</translation>
    </message>
    <message>
        <source>%1 names %2, which the repository does not have: that config cannot publish, or publishes from a file someone may add later. Revoke it or add the file.</source>
        <translation>%1 はリポジトリにない %2 を指定しています: この構成では公開できないか、後で誰かが追加するファイルから公開されるおそれがあります。構成を取り消すか、ファイルを追加してください。</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrap</name>
    <message>
        <source>First publish of %1; revoke after trusted publishing is set up.</source>
        <translation>%1 の初回公開用。信頼できる公開の設定後に取り消します。</translation>
    </message>
    <message>
        <source>limited to %1</source>
        <translation>%1 に限定</translation>
    </message>
    <message>
        <source>for all your packages, because %1 has no scope; it lives one day only</source>
        <translation>%1 にはスコープがないため、すべてのパッケージが対象です。有効期間は 1 日のみです</translation>
    </message>
    <message>
        <source>Create a write token for one day, %1, without bypassing two-factor authentication.</source>
        <translation>2 要素認証をバイパスしない、有効期間 1 日の書き込みトークンを作成します (%1)。</translation>
    </message>
    <message>
        <source>Publish each package once from this computer with that token (npm publish asks for your one-time password), so the names exist on %1.</source>
        <translation>そのトークンを使ってこのコンピューターから各パッケージを一度公開し (npm publish がワンタイムパスワードを求めます)、%1 に名前を登録します。</translation>
    </message>
    <message>
        <source>Configure trusted publishing for the new packages and verify it.</source>
        <translation>新しいパッケージに信頼できる公開を構成し、検証します。</translation>
    </message>
    <message>
        <source>Revoke the one-day token at once.</source>
        <translation>有効期間 1 日のトークンをすぐに取り消します。</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrapPage</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>&amp;Publish for me</source>
        <translation>TokenDesk で公開する(&amp;P)</translation>
    </message>
    <message>
        <source>I will publish once &amp;by hand</source>
        <translation>一度だけ手動で公開する(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>First publish</source>
        <translation>初回公開</translation>
    </message>
    <message>
        <source>npm can only trust packages that already exist on the registry.</source>
        <translation>npm が信頼できるのは、レジストリに既に存在するパッケージのみです。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Bootstrap steps</source>
        <translation>ブートストラップの手順</translation>
    </message>
    <message>
        <source>your npm password (the registry asks for it to create a token)</source>
        <translation>npm のパスワード (トークンの作成時にレジストリが求めます)</translation>
    </message>
    <message>
        <source>npm password</source>
        <translation>npm のパスワード</translation>
    </message>
    <message>
        <source>%1 does not exist on the registry yet, and npm accepts a trusted publisher only for an existing package. TokenDesk can publish it once for you, safely: each step below shows its state, and the token is revoked at the end whatever happens.</source>
        <translation>%1 はまだレジストリに存在しません。npm は既存のパッケージに対してのみ信頼できる公開元を受け付けます。TokenDesk が安全に一度だけ代わりに公開できます: 以下の各ステップに状態が表示され、何が起きても最後にトークンは取り消されます。</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk cannot publish for you. Publish once by hand, then run this wizard again.</source>
        <translation>サインインしていません: TokenDesk は代わりに公開できません。一度手動で公開してから、このウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Type your npm password first: creating a token asks for it.</source>
        <translation>先に npm のパスワードを入力してください: トークンの作成時に求められます。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
    <message>
        <source>Publish each package once yourself, from its folder, signed in with npm login:</source>
        <translation>npm login でサインインした状態で、各パッケージのフォルダーから自分で一度公開してください:</translation>
    </message>
    <message>
        <source>Then run this wizard again: it configures trusted publishing for them.</source>
        <translation>その後、このウィザードをもう一度実行してください: それらのパッケージに信頼できる公開を構成します。</translation>
    </message>
    <message>
        <source>Stopping; revoking the token…</source>
        <translation>停止しています。トークンを取り消しています…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>停止しました: %1</translation>
    </message>
</context>
<context>
    <name>td::TrustDonePage</name>
    <message>
        <source>&amp;Lock down: require 2FA and disallow tokens</source>
        <translation>ロックダウン(&amp;L): 2FA を必須にし、トークンを禁止</translation>
    </message>
    <message>
        <source>C&amp;heck the last releases</source>
        <translation>最新のリリースを確認(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Clean up publish tokens…</source>
        <translation>公開用トークンをクリーンアップ(&amp;C)…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Trusted publishing is configured and verified for: %1.</source>
        <translation>次のパッケージで信頼できる公開が構成され、検証されました: %1。</translation>
    </message>
    <message>
        <source>Not configured: %1 (see the previous pages).</source>
        <translation>構成されていません: %1 (前のページを参照してください)。</translation>
    </message>
    <message>
        <source>Not published yet: %1. Publish once, then run this wizard again.</source>
        <translation>まだ公開されていません: %1。一度公開してから、このウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Next steps: commit and push %1, then run the workflow. Afterwards, check the last releases, lock the packages down so only trusted publishing can publish, and revoke the publish tokens CI no longer needs.</source>
        <translation>次の手順: %1 をコミットしてプッシュし、ワークフローを実行してください。その後、最新のリリースを確認し、信頼できる公開でのみ公開できるようにパッケージをロックダウンして、CI で不要になった公開用トークンを取り消してください。</translation>
    </message>
    <message>
        <source>the CI file</source>
        <translation>CI ファイル</translation>
    </message>
    <message>
        <source>Locking down…</source>
        <translation>ロックダウンしています…</translation>
    </message>
    <message>
        <source>Lock-down finished.</source>
        <translation>ロックダウンが完了しました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lock-down is offered once %1 holds the trusted-publishing workflow: write it on the workflow page, or edit it by hand and run this wizard again.</source>
        <translation>ロックダウンは、%1 に信頼できる公開のワークフローが入ってから提供されます。ワークフローページで書き込むか、手動で編集してからこのウィザードをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Lock down</source>
        <translation>ロックダウン</translation>
    </message>
    <message numerus="yes">
        <source>Lock down %n package(s)?</source>
        <translation>
            <numerusform>%n 個のパッケージをロックダウンしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1, publishing will require two-factor authentication and the registry will refuse every token, classic or granular: only the trusted-publishing workflow in %2 can publish. CI jobs and computers that still publish with a token will fail. You can undo this in each package&apos;s settings on the registry.</source>
        <translation>%1 では、公開に 2 要素認証が必須になり、レジストリは Classic・Granular を問わずすべてのトークンを拒否します。公開できるのは %2 の信頼できる公開のワークフローだけです。まだトークンで公開している CI ジョブやコンピューターは失敗します。これはレジストリ上の各パッケージの設定で元に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Lock down</source>
        <translation>ロックダウン(&amp;L)</translation>
    </message>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1: 最後のリリースを確認しています…</translation>
    </message>
    <message>
        <source>%1@%2: %3</source>
        <translation>%1@%2: %3</translation>
    </message>
</context>
<context>
    <name>td::TrustEntity</name>
    <message>
        <source>GitHub repository</source>
        <translation>GitHub リポジトリ</translation>
    </message>
    <message>
        <source>GitLab project</source>
        <translation>GitLab プロジェクト</translation>
    </message>
    <message>
        <source>Repository in package.json is not a %1 (%2).</source>
        <translation>package.json のリポジトリは %1 ではありません (%2)。</translation>
    </message>
    <message>
        <source>Name the %1 with %2.</source>
        <translation>%1 を %2 で指定してください。</translation>
    </message>
    <message>
        <source>Repository in package.json (%1) differs from provided %2 (%3).</source>
        <translation>package.json のリポジトリ (%1) が、指定された %2 (%3) と異なります。</translation>
    </message>
    <message>
        <source>%1 must be specified with %2 or inferred from the package.json repository field.</source>
        <translation>%1 は %2 で指定するか、package.json の repository フィールドから推測できる必要があります。</translation>
    </message>
    <message>
        <source>%1 must be specified with %2.</source>
        <translation>%1 は %2 で指定する必要があります。</translation>
    </message>
</context>
<context>
    <name>td::TrustFolderPage</name>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Choose the folder of the repository whose packages CI should publish.</source>
        <translation>CI で公開するパッケージを含むリポジトリのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>リポジトリのフォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>No publishable package.json was found in this folder.</source>
        <translation>このフォルダーに公開可能な package.json が見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>td::TrustPackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Tick the packages CI should publish through trusted publishing.</source>
        <translation>CI から信頼できる公開で公開するパッケージにチェックを入れてください。</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>On the registry</source>
        <translation>レジストリ上の状態</translation>
    </message>
    <message>
        <source>Not signed in: the registry state cannot be read.</source>
        <translation>サインインしていません: レジストリの状態を読み取れません。</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>レジストリを読み取っています…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Could not read the registry: %1</source>
        <translation>レジストリを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Not published yet: needs a first publish (bootstrap)</source>
        <translation>未公開: 初回公開 (ブートストラップ) が必要です</translation>
    </message>
    <message>
        <source>Published; no trusted publisher</source>
        <translation>公開済み。信頼できる公開元なし</translation>
    </message>
    <message numerus="yes">
        <source>Published; %n trusted publisher(s) configured</source>
        <translation>
            <numerusform>公開済み。信頼できる公開元を %n 個構成済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrustPlanner</name>
    <message>
        <source>The workflow file name is missing.</source>
        <translation>ワークフローファイル名がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path; npm needs just the file name (for example publish.yml).</source>
        <translation>「%1」はパスです。npm に必要なのはファイル名だけです (例: publish.yml)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end in .yml or .yaml.</source>
        <translation>「%1」の末尾は .yml または .yaml にする必要があります。</translation>
    </message>
    <message>
        <source>%1 has no &quot;repository&quot; field; npm rejects provenance without a matching repository.url.</source>
        <translation>%1 には &quot;repository&quot; フィールドがありません。npm は、一致する repository.url がない来歴を拒否します。</translation>
    </message>
    <message>
        <source>The repository of %1 (&quot;%2&quot;) is not a URL TokenDesk understands.</source>
        <translation>%1 のリポジトリ (「%2」) は TokenDesk が理解できる URL ではありません。</translation>
    </message>
    <message>
        <source>The repository of %1 is %2, but the git remote is %3 (case-sensitive).</source>
        <translation>%1 のリポジトリは %2 ですが、git リモートは %3 です (大文字と小文字は区別されます)。</translation>
    </message>
    <message>
        <source>%1 lives in %2 but its repository.directory is &quot;%3&quot;.</source>
        <translation>%1 は %2 にありますが、repository.directory は「%3」です。</translation>
    </message>
    <message>
        <source>The registry could not be read for this package (%1). Go back to the packages page to read it again.</source>
        <translation>このパッケージのレジストリを読み取れませんでした (%1)。パッケージのページに戻って、もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>%1 already has %2 trusted publishers, the most npm allows, and none matches this repository. Remove one first (tokendesk-cli trust list %1, then trust revoke %1 --id &lt;id&gt;).</source>
        <translation>%1 には npm が許可する上限の %2 個の信頼できる公開元が既にあり、どれもこのリポジトリと一致しません。先に 1 つ削除してください (tokendesk-cli trust list %1 の後に trust revoke %1 --id &lt;id&gt;)。</translation>
    </message>
</context>
<context>
    <name>td::TrustProviderPage</name>
    <message>
        <source>&amp;Stage a publish for approval</source>
        <translation>公開をステージングして承認を待つ(&amp;S)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Where CI runs. The details come from the git remote; npm compares them exactly, letter case included.</source>
        <translation>CI を実行する場所です。詳細は git リモートから取得されます。npm は大文字と小文字を含めて厳密に比較します。</translation>
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
        <translation>省略可</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repository / project path:</source>
        <translation>リポジトリ / プロジェクトのパス(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Workflow / CI file:</source>
        <translation>ワークフロー / CI ファイル(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>Allowed actions:</source>
        <translation>許可する操作:</translation>
    </message>
    <message>
        <source>Give the path as owner/repository and allow at least one action.</source>
        <translation>パスを owner/repository の形式で指定し、少なくとも 1 つの操作を許可してください。</translation>
    </message>
    <message>
        <source>Publish &amp;directly (npm publish)</source>
        <translation>直接公開 (npm publish)(&amp;D)</translation>
    </message>
    <message>
        <source>Trusted publishing may still publish directly after npm&apos;s January 2027 cut-off, but every release then goes out without anyone approving it.</source>
        <translation>npm の 2027 年 1 月の期限後も、信頼できる公開では直接公開できる場合がありますが、その場合すべてのリリースが誰の承認もなしに公開されます。</translation>
    </message>
</context>
<context>
    <name>td::TrustReviewPage</name>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>What Apply will do. The registry asks for your second factor once.</source>
        <translation>[適用] で行われる内容です。レジストリは第 2 の認証要素を一度だけ求めます。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>%1 を書き込みます。</translation>
    </message>
    <message>
        <source>%1: create the trusted publisher.</source>
        <translation>%1: 信頼できる公開元を作成します。</translation>
    </message>
    <message>
        <source>%1: replace the differing trusted publisher.</source>
        <translation>%1: 異なる信頼できる公開元を置き換えます。</translation>
    </message>
    <message>
        <source>%1: already configured; nothing to do.</source>
        <translation>%1: 構成済みです。何もする必要はありません。</translation>
    </message>
    <message>
        <source>%1: not published yet. npm only trusts existing packages: after Apply, the next page publishes it once (a 1-day token limited to its scope, revoked right after) and then configures trusted publishing.</source>
        <translation>%1: まだ公開されていません。npm は既存のパッケージのみを信頼します: [適用] の後、次のページで一度公開し (そのスコープに限定された有効期間 1 日のトークンを使い、直後に取り消します)、その後に信頼できる公開を構成します。</translation>
    </message>
    <message>
        <source>%1: no room for another trusted publisher; nothing is sent.</source>
        <translation>%1: 信頼できる公開元をこれ以上追加できません。何も送信されません。</translation>
    </message>
</context>
<context>
    <name>td::TrustService</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Removing the old configuration</source>
        <translation>古い構成を削除しています</translation>
    </message>
    <message>
        <source>Creating the trust configuration</source>
        <translation>信頼の構成を作成しています</translation>
    </message>
    <message>
        <source>Rate limited by the registry, waiting</source>
        <translation>レジストリによりレート制限されています。待機中</translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation>読み戻しています</translation>
    </message>
    <message>
        <source>Configured and verified</source>
        <translation>構成され、検証されました</translation>
    </message>
    <message>
        <source>The registry holds a different configuration</source>
        <translation>レジストリに別の構成があります</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry answered the trusted-publisher request for %1 without the configuration it should send back, so it is not known whether one was created.</source>
        <translation>レジストリは %1 の信頼できる公開元の要求に応答しましたが、返すべき構成が含まれていなかったため、作成されたかどうかは不明です。</translation>
    </message>
    <message>
        <source>List the package&apos;s trusted publishers, then try again.</source>
        <translation>パッケージの信頼できる公開元を一覧表示してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The new trusted publisher of %1 is in place, but the old one (%2) could not be removed: %3</source>
        <translation>%1 の新しい信頼できる公開元は設定されましたが、古い公開元 (%2) を削除できませんでした: %3</translation>
    </message>
    <message>
        <source>Remove it with &apos;tokendesk-cli trust revoke %1 --id %2&apos;.</source>
        <translation>「tokendesk-cli trust revoke %1 --id %2」で削除してください。</translation>
    </message>
</context>
<context>
    <name>td::TrustVerifier</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 %2 on npm vs %3 in the repository: they differ only in letter case, and npm compares case-sensitively.</source>
        <translation>%1 は npm では %2、リポジトリでは %3 です: 違いは大文字と小文字だけですが、npm は大文字と小文字を区別して比較します。</translation>
    </message>
    <message>
        <source>%1 is %2 on npm but the repository needs %3.</source>
        <translation>%1 は npm では %2 ですが、リポジトリでは %3 が必要です。</translation>
    </message>
    <message>
        <source>%1: no trusted publisher of this kind is configured on npm.</source>
        <translation>%1: この種類の信頼できる公開元は npm に構成されていません。</translation>
    </message>
    <message>
        <source>%1: the trusted publisher matches the repository.</source>
        <translation>%1: 信頼できる公開元はリポジトリと一致しています。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) differ from the repository.</source>
        <translation>
            <numerusform>%1: %n 個のフィールドがリポジトリと異なります。</numerusform>
        </translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>workflow file</source>
        <translation>ワークフローファイル</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>CI file</source>
        <translation>CI ファイル</translation>
    </message>
    <message>
        <source>organization ID</source>
        <translation>Organization ID</translation>
    </message>
    <message>
        <source>project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>pipeline definition ID</source>
        <translation>パイプライン定義 ID</translation>
    </message>
    <message>
        <source>VCS origin</source>
        <translation>VCS オリジン</translation>
    </message>
    <message>
        <source>context IDs</source>
        <translation>コンテキスト ID</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>allowed actions</source>
        <translation>許可する操作</translation>
    </message>
    <message>
        <source>allowed actions on npm are %1, but the workflow needs %2.</source>
        <translation>npm で許可されている操作は %1 ですが、ワークフローには %2 が必要です。</translation>
    </message>
    <message>
        <source>No published version to check.</source>
        <translation>確認できる公開済みバージョンがありません。</translation>
    </message>
    <message>
        <source>%1 was published via trusted publishing.</source>
        <translation>%1 は信頼できる公開で公開されました。</translation>
    </message>
    <message>
        <source>%1 has provenance but was published with a token, not via trusted publishing: the OIDC exchange failed and npm fell back to a configured token.</source>
        <translation>%1 には来歴がありますが、信頼できる公開ではなくトークンで公開されました: OIDC 交換に失敗し、npm は構成済みのトークンにフォールバックしました。</translation>
    </message>
    <message>
        <source>%1 came from a token or a manual publish, not from trusted publishing.</source>
        <translation>%1 は信頼できる公開ではなく、トークンまたは手動の公開によるものです。</translation>
    </message>
</context>
<context>
    <name>td::TrustWizard</name>
    <message>
        <source>Set up trusted publishing</source>
        <translation>信頼できる公開の設定</translation>
    </message>
</context>
<context>
    <name>td::TrustWorkflowPage</name>
    <message>
        <source>&amp;Write this change when applying</source>
        <translation>適用時にこの変更を書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>ワークフロー</translation>
    </message>
    <message>
        <source>The CI change trusted publishing needs. Nothing is written before Apply.</source>
        <translation>信頼できる公開に必要な CI の変更です。[適用] を押すまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>提案する変更</translation>
    </message>
    <message>
        <source>%1 already has what trusted publishing needs.</source>
        <translation>%1 には信頼できる公開に必要なものが既に揃っています。</translation>
    </message>
    <message>
        <source>New file %1.</source>
        <translation>新しいファイル %1。</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>%1 への変更:</translation>
    </message>
</context>
<context>
    <name>td::TwoFactorDialog</name>
    <message>
        <source>One-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>認証アプリの 6 桁のコード</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>Waiting for approval…</source>
        <translation>承認を待っています…</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>ページをもう一度開く(&amp;O)</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>2 要素認証</translation>
    </message>
    <message>
        <source>Enter the one-time password from your authenticator app.</source>
        <translation>認証アプリのワンタイムパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Sign in in your browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Approve in your browser</source>
        <translation>ブラウザーで承認</translation>
    </message>
    <message>
        <source>The registry&apos;s sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.</source>
        <translation>ブラウザーでレジストリのサインインページが開きました。そこでサインインしてください。TokenDesk は自動的に続行します。</translation>
    </message>
    <message>
        <source>The registry&apos;s approval page has opened in your browser. Approve there; TokenDesk continues by itself.</source>
        <translation>ブラウザーでレジストリの承認ページが開きました。そこで承認してください。TokenDesk は自動的に続行します。</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>そのページで「Skip two-factor authentication for the next 5 minutes」(次の 5 分間は 2 要素認証をスキップ) にチェックを入れてください。そうすれば、この 1 回の承認でこのバッチのすべての変更が承認されます。</translation>
    </message>
    <message>
        <source>If no page opened, visit: %1</source>
        <translation>ページが開かない場合は、次の URL にアクセスしてください: %1</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>アドレスをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself.</source>
        <translation>Web ブラウザーを開けませんでした。ブラウザーで次のアドレスを開いてサインインしてください。TokenDesk は自動的に続行します。</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve there; TokenDesk continues by itself.</source>
        <translation>Web ブラウザーを開けませんでした。ブラウザーで次のアドレスを開いて承認してください。TokenDesk は自動的に続行します。</translation>
    </message>
</context>
<context>
    <name>td::UseTokenChoices</name>
    <message>
        <source>Choose an .npmrc file.</source>
        <translation>.npmrc ファイルを選択してください。</translation>
    </message>
    <message>
        <source>There is no token to write.</source>
        <translation>書き込むトークンがありません。</translation>
    </message>
    <message>
        <source>The token line could not be added to %1.</source>
        <translation>トークンの行を %1 に追加できませんでした。</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPage</name>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>How often the watch reads each of your packages from the registry. Never below 5 minutes.</source>
        <translation>監視がレジストリから各パッケージを読み取る頻度です。5 分未満にはできません。</translation>
    </message>
    <message>
        <source>&amp;Check each package every:</source>
        <translation>各パッケージの確認間隔(&amp;C):</translation>
    </message>
    <message>
        <source>Request budget per hour</source>
        <translation>1 時間あたりの要求数の上限</translation>
    </message>
    <message>
        <source>Request budget per hour:</source>
        <translation>1 時間あたりの要求数の上限:</translation>
    </message>
    <message>
        <source>&amp;Packages that go unwatched:</source>
        <translation>監視対象外のパッケージ(&amp;P):</translation>
    </message>
    <message>
        <source>Packages that go unwatched</source>
        <translation>監視対象外のパッケージ</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPresenter</name>
    <message numerus="yes">
        <source>%n package(s) watched.</source>
        <translation>
            <numerusform>%n 個のパッケージを監視しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n request(s) per hour.</source>
        <translation>
            <numerusform>予定: 1 時間あたり %n 件の要求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n request(s), %1 received.</source>
        <translation>
            <numerusform>直近 1 時間: %n 件の要求、%1 を受信。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry asked to wait: backing off until %1.</source>
        <translation>レジストリから待機を求められました: %1 まで要求を控えます。</translation>
    </message>
    <message numerus="yes">
        <source>The watch never reads a package more often than every %n minute(s) (the registry&apos;s cache time): it will use %n.</source>
        <translation>
            <numerusform>監視がパッケージを読み取る間隔は %n 分 (レジストリのキャッシュ時間) より短くなりません: %n 分を使用します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The publish watch is not running.</source>
        <translation>公開監視は実行されていません。</translation>
    </message>
    <message>
        <source>None: every package is watched.</source>
        <translation>なし: すべてのパッケージを監視しています。</translation>
    </message>
</context>
<context>
    <name>td::WebAuthPoller</name>
    <message>
        <source>Waiting for the browser approval was cancelled.</source>
        <translation>ブラウザーでの承認の待機をキャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <source>The approval in the browser did not arrive within %n minute(s).</source>
        <translation>
            <numerusform>ブラウザーでの承認が %n 分以内に届きませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again and approve the request in the browser.</source>
        <translation>最初からやり直して、ブラウザーで要求を承認してください。</translation>
    </message>
    <message>
        <source>The browser approval was denied, or expired before it was completed.</source>
        <translation>ブラウザーでの承認が拒否されたか、完了する前に期限切れになりました。</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (HTTP %1) while waiting for the browser approval.</source>
        <translation>ブラウザーでの承認を待っている間に、レジストリから予期しない応答 (HTTP %1) が返されました。</translation>
    </message>
</context>
<context>
    <name>td::WorkflowInspector</name>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 は有効な YAML ではありません: %2</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs without a context in every workflow that uses it. CircleCI issues OIDC tokens only to jobs that run with at least one context.</source>
        <translation>ジョブ「%1」は、それを使用するすべてのワークフローでコンテキストなしで実行されます。CircleCI は、少なくとも 1 つのコンテキストで実行されるジョブにのみ OIDC トークンを発行します。</translation>
    </message>
    <message>
        <source>In the workflow, add a context to the job, for example:
  - %1:
      context: npm-publish</source>
        <translation>ワークフローでジョブにコンテキストを追加してください。例:
  - %1:
      context: npm-publish</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but never sets NPM_ID_TOKEN with the npm audience, so npm has no OIDC token.</source>
        <translation>ジョブ「%1」は公開を行いますが、npm のオーディエンスを指定した NPM_ID_TOKEN を設定していないため、npm は OIDC トークンを取得できません。</translation>
    </message>
    <message>
        <source>Before publishing, run:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</source>
        <translation>公開する前に次を実行してください:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but does not have the permission &quot;id-token: write&quot;, so npm cannot get an OIDC token and falls back to ENEEDAUTH or E404.</source>
        <translation>ジョブ「%1」は公開を行いますが、権限「id-token: write」がないため、npm は OIDC トークンを取得できず、ENEEDAUTH または E404 になります。</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  permissions:
    contents: read
    id-token: write</source>
        <translation>ジョブ「%1」に次を追加してください:
  permissions:
    contents: read
    id-token: write</translation>
    </message>
    <message>
        <source>actions/setup-node with registry-url writes an .npmrc that reads NODE_AUTH_TOKEN; when it is not set the token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX, and npm sends that instead of using trusted publishing (a masked E404).</source>
        <translation>registry-url を指定した actions/setup-node は NODE_AUTH_TOKEN を読み取る .npmrc を書き込みます。この変数が設定されていないとトークンはプレースホルダー XXXXX-XXXXX-XXXXX-XXXXX になり、npm は信頼できる公開を使う代わりにそれを送信します (E404 として現れます)。</translation>
    </message>
    <message>
        <source>Remove the registry-url line from the setup-node step.</source>
        <translation>setup-node ステップから registry-url の行を削除してください。</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</source>
        <translation>ジョブ「%1」に次を追加してください:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</translation>
    </message>
    <message>
        <source>NPM_ID_TOKEN in job &quot;%1&quot; does not have the audience &quot;npm:registry.npmjs.org&quot;, so the registry refuses it.</source>
        <translation>ジョブ「%1」の NPM_ID_TOKEN にはオーディエンス「npm:registry.npmjs.org」がないため、レジストリはそれを拒否します。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; requests an npm id token as %2, but npm only reads NPM_ID_TOKEN.</source>
        <translation>ジョブ「%1」は npm の ID トークンを %2 として要求していますが、npm が読み取るのは NPM_ID_TOKEN だけです。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but declares no NPM_ID_TOKEN in id_tokens, so npm has no OIDC token and fails with ENEEDAUTH or E404.</source>
        <translation>ジョブ「%1」は公開を行いますが、id_tokens に NPM_ID_TOKEN を宣言していないため、npm は OIDC トークンを取得できず、ENEEDAUTH または E404 で失敗します。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; declares no SIGSTORE_ID_TOKEN (audience &quot;sigstore&quot;), so no provenance is published.</source>
        <translation>ジョブ「%1」は SIGSTORE_ID_TOKEN (オーディエンス「sigstore」) を宣言していないため、来歴は公開されません。</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; calls the publishing workflow %2 without granting &quot;id-token: write&quot;; a called workflow cannot have more permissions than its caller.</source>
        <translation>ジョブ「%1」は「id-token: write」を付与せずに公開用ワークフロー %2 を呼び出しています。呼び出されたワークフローは、呼び出し元より多くの権限を持つことはできません。</translation>
    </message>
    <message>
        <source>%1 is a reusable workflow. npm checks the name of the calling workflow, so the trusted publisher must name %2, not %1.</source>
        <translation>%1 は再利用可能なワークフローです。npm は呼び出し元のワークフローの名前を確認するため、信頼できる公開元には %1 ではなく %2 を指定する必要があります。</translation>
    </message>
    <message>
        <source>Use %1 as the workflow file name in the trust configuration.</source>
        <translation>信頼の構成のワークフローファイル名には %1 を使用してください。</translation>
    </message>
</context>
<context>
    <name>td::WorkflowWriter</name>
    <message>
        <source>Added a setup-node step with Node 24 to job &quot;%1&quot;</source>
        <translation>ジョブ「%1」に Node 24 の setup-node ステップを追加しました</translation>
    </message>
    <message>
        <source>Added &quot;npm install -g npm@latest&quot; before publishing in job &quot;%1&quot;</source>
        <translation>ジョブ「%1」の公開の前に「npm install -g npm@latest」を追加しました</translation>
    </message>
    <message>
        <source>Replaced npm@%1 with npm@latest in job &quot;%2&quot;</source>
        <translation>ジョブ「%2」の npm@%1 を npm@latest に置き換えました</translation>
    </message>
    <message>
        <source>Granted &quot;id-token: write&quot; to job &quot;%1&quot;</source>
        <translation>ジョブ「%1」に「id-token: write」を付与しました</translation>
    </message>
    <message>
        <source>Set Node 24 in job &quot;%1&quot;</source>
        <translation>ジョブ「%1」で Node 24 を設定しました</translation>
    </message>
    <message>
        <source>Removed registry-url from setup-node in job &quot;%1&quot; (its placeholder token hides trusted publishing)</source>
        <translation>ジョブ「%1」の setup-node から registry-url を削除しました (そのプレースホルダートークンが信頼できる公開を妨げるため)</translation>
    </message>
    <message>
        <source>Changed Node %1 to 24 in job &quot;%2&quot;</source>
        <translation>ジョブ「%2」の Node %1 を 24 に変更しました</translation>
    </message>
    <message>
        <source>Removed %1 from job &quot;%2&quot;</source>
        <translation>ジョブ「%2」から %1 を削除しました</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Check its quoting and indentation, or make the changes by hand.</source>
        <translation>%1 は安全に変更できません: 編集後に有効な YAML ではなくなるため、何も変更していません。引用符とインデントを確認するか、手動で変更してください。</translation>
    </message>
    <message>
        <source>New workflow %1 that publishes through trusted publishing</source>
        <translation>信頼できる公開で公開する新しいワークフロー %1</translation>
    </message>
    <message>
        <source>Added job publish-npm with NPM_ID_TOKEN to %1</source>
        <translation>%1 に NPM_ID_TOKEN を使用するジョブ publish-npm を追加しました</translation>
    </message>
    <message>
        <source>%1 changed since the proposal was made; nothing was written.</source>
        <translation>提案の作成後に %1 が変更されたため、何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Review the proposal again.</source>
        <translation>提案をもう一度確認してください。</translation>
    </message>
    <message>
        <source>@semantic-release/npm publishes directly and cannot stage: set npmPublish to false and add a step that runs npm stage publish after it.</source>
        <translation>@semantic-release/npm は直接公開し、ステージングできません: npmPublish を false に設定し、その後に npm stage publish を実行するステップを追加してください。</translation>
    </message>
    <message>
        <source>changeset publish runs a direct publish and cannot stage: let it version the packages, then run npm stage publish in each changed package.</source>
        <translation>changeset publish は直接公開を行い、ステージングできません: パッケージのバージョン更新はそのまま任せ、その後、変更された各パッケージで npm stage publish を実行してください。</translation>
    </message>
    <message>
        <source>lerna publish cannot stage: run lerna version, then npm stage publish in each changed package.</source>
        <translation>lerna publish はステージングできません: lerna version を実行してから、変更された各パッケージで npm stage publish を実行してください。</translation>
    </message>
    <message>
        <source>%1 has no staged publish: run npm stage publish in each package folder instead (it publishes the same package.json).</source>
        <translation>%1 にはステージングされた公開がありません: 代わりに各パッケージのフォルダーで npm stage publish を実行してください (同じ package.json が公開されます)。</translation>
    </message>
    <message>
        <source>Line %1 publishes with %2, which cannot stage a release, so TokenDesk left it unchanged.</source>
        <translation>%1 行目は %2 で公開しており、%2 はリリースをステージングできないため、TokenDesk は変更しませんでした。</translation>
    </message>
    <message>
        <source>Line %1 publishes through npm in a form TokenDesk does not rewrite.</source>
        <translation>%1 行目は、TokenDesk が書き換えない形式で npm を使って公開しています。</translation>
    </message>
    <message>
        <source>Change it to npm stage publish by hand (for a package script, in package.json).</source>
        <translation>手動で npm stage publish に変更してください (パッケージスクリプトの場合は package.json 内で)。</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Change npm publish to npm stage publish by hand.</source>
        <translation>%1 は安全に変更できません: 編集後は有効な YAML ではなくなるため、何も変更しませんでした。npm publish を手動で npm stage publish に変更してください。</translation>
    </message>
    <message numerus="yes">
        <source>Changed npm publish to npm stage publish on %n line(s) (%1): releases wait for a maintainer&apos;s approval with two-factor authentication.</source>
        <translation>
            <numerusform>%n 行 (%1) で npm publish を npm stage publish に変更しました: リリースはメンテナーによる 2 要素認証での承認を待ちます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::ArgReader</name>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the options.</source>
        <translation>不明なオプション &apos;%1&apos; です。オプションは &apos;tokendesk-cli --help&apos; で確認してください。</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos;. Run &apos;tokendesk-cli %1 --help&apos; for its options.</source>
        <translation>%1: 不明なオプション &apos;%2&apos; です。オプションは &apos;tokendesk-cli %1 --help&apos; で確認してください。</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 は値を取りません</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
</context>
<context>
    <name>td::cli::CiCommand</name>
    <message>
        <source>sign in to GitHub, GitLab or CircleCI so rotation updates their secrets</source>
        <translation>GitHub、GitLab、CircleCI にサインインし、ローテーション時にそのシークレットを更新します</translation>
    </message>
    <message>
        <source>ci needs a subcommand: login, status, logout</source>
        <translation>ci にはサブコマンドが必要です: login、status、logout</translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos; (known: login, status, logout)</source>
        <translation>不明な ci サブコマンド「%1」です (使用可能: login、status、logout)</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLoginCommand</name>
    <message>
        <source>ci login needs the service: github, gitlab or circleci</source>
        <translation>ci login にはサービスを指定してください: github、gitlab、circleci</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an API URL; use the form https://host/path</source>
        <translation>「%1」は API URL ではありません。https://host/path の形式で指定してください</translation>
    </message>
    <message>
        <source>--from-gh reuses the GitHub CLI&apos;s sign-in; it works for github only</source>
        <translation>--from-gh は GitHub CLI のサインインを再利用します。github でのみ使用できます</translation>
    </message>
    <message>
        <source>tokens are never taken from arguments; pipe it and use --with-token</source>
        <translation>トークンを引数から受け取ることはありません。パイプで渡して --with-token を使用してください</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for ci login</source>
        <translation>ci login の不明なオプション「%1」です</translation>
    </message>
    <message>
        <source>CircleCI has no sign-in for other apps: create a personal API token in CircleCI (User Settings &gt; Personal API Tokens), then pipe it: tokendesk-cli ci login circleci --with-token</source>
        <translation>CircleCI には他のアプリ向けのサインインがありません: CircleCI で個人用 API トークンを作成し (User Settings &gt; Personal API Tokens)、パイプで渡してください: tokendesk-cli ci login circleci --with-token</translation>
    </message>
    <message>
        <source>no %1 token was given; pipe it on standard input</source>
        <translation>%1 トークンが指定されていません。標準入力からパイプで渡してください</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 yet</source>
        <translation>このビルドはまだ %1 と通信できません</translation>
    </message>
    <message>
        <source>%1 did not accept the token: %2</source>
        <translation>%1 がトークンを受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3.</source>
        <translation>%1 (%2) に %3 としてサインインしました。</translation>
    </message>
    <message>
        <source>the GitHub CLI (gh) was not found; install it and run &apos;gh auth login&apos;, or pipe a token with --with-token</source>
        <translation>GitHub CLI (gh) が見つかりません。インストールして「gh auth login」を実行するか、--with-token でトークンをパイプで渡してください</translation>
    </message>
    <message>
        <source>&apos;gh auth token&apos; failed (is gh signed in? run &apos;gh auth login&apos;), or pipe a token with --with-token</source>
        <translation>「gh auth token」が失敗しました (gh はサインインしていますか? 「gh auth login」を実行してください)。または --with-token でトークンをパイプで渡してください</translation>
    </message>
    <message>
        <source>Using the GitHub CLI&apos;s sign-in. Its default scopes cover repository and environment secrets; for organization secrets run &apos;gh auth refresh -s admin:org&apos; first.</source>
        <translation>GitHub CLI のサインインを使用します。既定のスコープでリポジトリシークレットと環境シークレットを扱えます。Organization シークレットには、先に「gh auth refresh -s admin:org」を実行してください。</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2</source>
        <translation>%1 を開いてコード %2 を入力してください</translation>
    </message>
    <message>
        <source>Waiting for the approval...</source>
        <translation>承認を待っています...</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLogoutCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci logout</source>
        <translation>ci logout の不明なオプション「%1」です</translation>
    </message>
    <message>
        <source>ci logout needs the service: github, gitlab or circleci</source>
        <translation>ci logout にはサービスを指定してください: github、gitlab、circleci</translation>
    </message>
    <message>
        <source>not signed in to %1 for %2</source>
        <translation>%1 (%2) にサインインしていません</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2); its credential is gone from the keychain.</source>
        <translation>%1 (%2) からサインアウトしました。認証情報はキーチェーンから削除されました。</translation>
    </message>
</context>
<context>
    <name>td::cli::CiStatusCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci status</source>
        <translation>ci status の不明なオプション「%1」です</translation>
    </message>
    <message>
        <source>No CI service signed in: tokendesk-cli ci login github|gitlab|circleci</source>
        <translation>サインインしている CI サービスはありません: tokendesk-cli ci login github|gitlab|circleci</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>SIGNED IN AS</source>
        <translation>サインイン中のユーザー</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>CI SECRET</source>
        <translation>CI シークレット</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>HOLDS</source>
        <translation>保持するトークン</translation>
    </message>
    <message>
        <source>(not told)</source>
        <translation>(未提供)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::Cli</name>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600, for example --timeout 120</source>
        <translation>--timeout には 1～3600 の秒数を指定してください。例: --timeout 120</translation>
    </message>
    <message>
        <source>--registry needs a URL, for example --registry https://registry.npmjs.org/</source>
        <translation>--registry には URL を指定してください。例: --registry https://registry.npmjs.org/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry URL; use the form https://host/</source>
        <translation>「%1」はレジストリの URL ではありません。https://host/ の形式を使用してください</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the list of commands.</source>
        <translation>不明なコマンド「%1」です。コマンドの一覧については「tokendesk-cli --help」を実行してください。</translation>
    </message>
    <message>
        <source>Manage npm access tokens, sessions and trusted publishing from a terminal.</source>
        <translation>ターミナルから npm アクセストークン、セッション、信頼できる公開を管理します。</translation>
    </message>
    <message>
        <source>give up on a registry request after this long (default 60)</source>
        <translation>レジストリへの要求を中止するまでの時間 (既定値 60)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>機械可読な出力</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>バージョンを表示</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>(none yet in this build)</source>
        <translation>(このビルドにはまだありません)</translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--password-stdin), never from arguments.</source>
        <translation>シークレットは引数からではなく、標準入力から読み取ります (--password-stdin)。</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli &lt;command&gt; [options]</source>
        <translation>使用法: tokendesk-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Global options (before or after the command, as with npm):</source>
        <translation>グローバルオプション (npm と同様、コマンドの前後どちらにも指定可):</translation>
    </message>
    <message>
        <source>registry to talk to (default: the one npm is configured with: npm_config_registry, the project&apos;s .npmrc, the user&apos;s, the global npmrc; else https://registry.npmjs.org/)</source>
        <translation>通信するレジストリ (既定: npm に設定されているもの。npm_config_registry、プロジェクトの .npmrc、ユーザーの .npmrc、グローバル npmrc の順。いずれもなければ https://registry.npmjs.org/)</translation>
    </message>
    <message>
        <source>npm&apos;s user configuration file instead of ~/.npmrc</source>
        <translation>~/.npmrc の代わりに使う npm のユーザー設定ファイル</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s</source>
        <translation>このヘルプ、またはコマンドのヘルプを表示します</translation>
    </message>
</context>
<context>
    <name>td::cli::CliContext</name>
    <message>
        <source>&apos;%1&apos; is not a registry URL (%2 in %3); use the form https://host/</source>
        <translation>&apos;%1&apos; はレジストリの URL ではありません (%3 の %2)。https://host/ の形式で指定してください</translation>
    </message>
</context>
<context>
    <name>td::cli::CompletionIdsCommand</name>
    <message>
        <source>token ids from the local cache, for shell completion (no network)</source>
        <translation>シェル補完用の、ローカルキャッシュにあるトークン ID (ネットワーク通信なし)</translation>
    </message>
    <message>
        <source>usage: tokendesk-cli completion-ids tokens</source>
        <translation>使用法: tokendesk-cli completion-ids tokens</translation>
    </message>
</context>
<context>
    <name>td::cli::DiagnoseCommand</name>
    <message>
        <source>explain a failed CI publish log: likely causes and fixes (diagnose &lt;file|-&gt;)</source>
        <translation>失敗した CI の公開ログを説明します: 考えられる原因と修正方法 (diagnose &lt;file|-&gt;)</translation>
    </message>
    <message>
        <source>diagnose takes one argument: a log file, or - to read standard input</source>
        <translation>diagnose には引数を 1 つ指定します: ログファイル、または標準入力から読み取る場合は -</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(ログの %1 行目)</translation>
    </message>
</context>
<context>
    <name>td::cli::Doctor</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>td::cli::DoctorCommand</name>
    <message>
        <source>find every npm token on this machine and check it</source>
        <translation>このコンピューター上のすべての npm トークンを見つけて確認します</translation>
    </message>
    <message>
        <source>doctor: unknown argument &apos;%1&apos;</source>
        <translation>doctor: 不明な引数「%1」</translation>
    </message>
    <message>
        <source>doctor: the project folder %1 does not exist</source>
        <translation>doctor: プロジェクトフォルダー %1 は存在しません</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>No npm credentials found.</source>
        <translation>npm の認証情報は見つかりませんでした。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in use need attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</source>
        <translation>
            <numerusform>使用中のトークン %n 個に対処が必要です (Classic、無効、またはまもなく期限切れ)。計画を確認するには「tokendesk-cli migrate」を実行してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::LockdownCommand</name>
    <message>
        <source>respond to a compromised release: check this machine, then require 2FA, revoke tokens, move tags back and deprecate</source>
        <translation>侵害されたリリースに対応する: このマシンを確認してから、2FA の必須化、トークンの取り消し、タグの巻き戻し、非推奨化を行う</translation>
    </message>
    <message>
        <source>lockdown needs a package, for example: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</source>
        <translation>lockdown にはパッケージを指定してください。例: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</translation>
    </message>
    <message>
        <source>--skip: unknown step &apos;%1&apos; (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</source>
        <translation>--skip: 不明な手順 &apos;%1&apos; (require-2fa、revoke-trust、revoke-tokens、remove-maintainers、reject-staged、move-tags、deprecate、unpublish)</translation>
    </message>
    <message>
        <source>lockdown: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>lockdown: 信頼データ %1 を読み取れません (最大 4 MiB の trusted_root.json ファイル)</translation>
    </message>
    <message>
        <source>Lockdown plan:</source>
        <translation>ロックダウンの計画:</translation>
    </message>
    <message>
        <source>Nothing to change: no ticked step applies.</source>
        <translation>変更はありません: チェックされた手順で該当するものがありません。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>ドライラン: 何も変更していません。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Stopped before any change: this machine has a worm&apos;s persistence. A watchdog may wipe your home folder when the stolen token stops working, so disarm it first, then run the lockdown again.</source>
        <translation>変更の前に停止しました: このマシンにワームの痕跡があります。盗まれたトークンが使えなくなるとウォッチドッグがホームフォルダーを消去するおそれがあるため、先に無力化してから、もう一度ロックダウンを実行してください。</translation>
    </message>
    <message>
        <source>tokendesk-cli: the incident report could not be written to %1: %2</source>
        <translation>tokendesk-cli: インシデントレポートを %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>インシデントレポート: %1</translation>
    </message>
    <message>
        <source>Report the malware to npm: %1</source>
        <translation>マルウェアを npm に報告: %1</translation>
    </message>
    <message>
        <source>--resume carries on the unfinished lockdown: give no package</source>
        <translation>--resume は未完了のロックダウンを再開します。パッケージは指定しないでください</translation>
    </message>
    <message>
        <source>there is no unfinished lockdown to resume</source>
        <translation>再開する未完了のロックダウンはありません</translation>
    </message>
    <message>
        <source>Note: an earlier lockdown (%1) stopped before it finished. This one plans afresh from the registry&apos;s state; &apos;tokendesk-cli lockdown --resume&apos; would carry on the earlier plan instead.</source>
        <translation>注意: 以前のロックダウン (%1) は完了前に停止しました。今回はレジストリの現在の状態から計画し直します。以前の計画を続けるには &apos;tokendesk-cli lockdown --resume&apos; を使用してください。</translation>
    </message>
    <message>
        <source>tokendesk-cli: the lockdown stopped at a failed step; the steps after it were not run. Run &apos;tokendesk-cli lockdown --resume&apos; to retry it and carry on.</source>
        <translation>tokendesk-cli: 失敗した手順でロックダウンが停止しました。それ以降の手順は実行されていません。再試行して続行するには &apos;tokendesk-cli lockdown --resume&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>td::cli::Login</name>
    <message>
        <source>This operation requires a one-time password, and there is no terminal to ask for it.</source>
        <translation>この操作にはワンタイムパスワードが必要ですが、入力を求めるターミナルがありません。</translation>
    </message>
    <message>
        <source>Run it again with --otp CODE.</source>
        <translation>--otp CODE を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Enter OTP: </source>
        <translation>OTP を入力: </translation>
    </message>
    <message>
        <source>No one-time password was entered.</source>
        <translation>ワンタイムパスワードが入力されませんでした。</translation>
    </message>
    <message>
        <source>Open this page to sign in:</source>
        <translation>サインインするには次のページを開いてください:</translation>
    </message>
    <message>
        <source>Approve this operation in your browser:</source>
        <translation>ブラウザーでこの操作を承認してください:</translation>
    </message>
    <message>
        <source>Waiting for the approval… (Ctrl+C to cancel)</source>
        <translation>承認を待っています… (キャンセルするには Ctrl+C)</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>そのページで「Skip two-factor authentication for the next 5 minutes」(次の 5 分間は 2 要素認証をスキップ) にチェックを入れてください。そうすれば、この 1 回の承認でこのバッチのすべての変更が承認されます。</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginCommand</name>
    <message>
        <source>sign in to the registry (browser, or user name and password)</source>
        <translation>レジストリにサインインします (ブラウザー、またはユーザー名とパスワード)</translation>
    </message>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>パスワードは引数から受け取りません。パイプで渡して --password-stdin を使用してください</translation>
    </message>
    <message>
        <source>login: unknown option &apos;%1&apos;</source>
        <translation>login: 不明なオプション「%1」</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type には「%1」ではなく「web」または「legacy」を指定してください</translation>
    </message>
    <message>
        <source>legacy sign-in needs --username NAME and the password on stdin (--password-stdin)</source>
        <translation>legacy のサインインには --username NAME と標準入力からのパスワード (--password-stdin) が必要です</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; %3.</source>
        <translation>%2 として %1 にサインインしました。%3。</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginServices</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>%1 にサインインしていません。</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; first.</source>
        <translation>先に「tokendesk-cli login」を実行してください。</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; to sign in again.</source>
        <translation>もう一度サインインするには「tokendesk-cli login」を実行してください。</translation>
    </message>
</context>
<context>
    <name>td::cli::LogoutCommand</name>
    <message>
        <source>end the session and remove it from the keychain</source>
        <translation>セッションを終了し、キーチェーンから削除します</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout は引数を取りません</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>%1 (%2) からサインアウトしました。</translation>
    </message>
</context>
<context>
    <name>td::cli::Migrate</name>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>パスワードは引数から受け取りません。パイプで渡して --password-stdin を使用してください</translation>
    </message>
    <message>
        <source>--grace takes the minutes to keep the old token after the CI secrets were updated, for example --grace 10 (0 allowed)</source>
        <translation>--grace には、CI シークレットの更新後に古いトークンを残しておく時間を分単位で指定します。例: --grace 10 (0 も可)</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateCommand</name>
    <message>
        <source>there is no migration waiting for a confirmation</source>
        <translation>確定を待っている移行はありません</translation>
    </message>
    <message>
        <source>no row of the last migration waits for a confirmation</source>
        <translation>前回の移行には確定を待っている行がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a row waiting for a confirmation (waiting: %2)</source>
        <translation>「%1」は確定を待っている行ではありません (待機中: %2)</translation>
    </message>
    <message>
        <source>plan (or --apply) the move off classic and long-lived tokens</source>
        <translation>Classic トークンや長期間有効なトークンからの移行を計画 (または --apply で実行) します</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>行</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>USED IN</source>
        <translation>使用箇所</translation>
    </message>
    <message>
        <source>revoke pending: retry</source>
        <translation>取り消し保留中: 再試行してください</translation>
    </message>
    <message>
        <source>row %1: %2 — choices: %3</source>
        <translation>行 %1: %2 — 選択肢: %3</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>No tokens in use: nothing to migrate.</source>
        <translation>使用中のトークンはありません: 移行するものはありません。</translation>
    </message>
    <message>
        <source>No tokens in use in the files TokenDesk could read; fix the warnings above and run the plan again.</source>
        <translation>TokenDesk が読み取れたファイルには使用中のトークンがありません。上記の警告を解決してから、もう一度計画を実行してください。</translation>
    </message>
    <message>
        <source>--choose takes ROW=ACTION, for example 2=create-read-only</source>
        <translation>--choose には ROW=ACTION の形式で指定してください。例: 2=create-read-only</translation>
    </message>
    <message>
        <source>migrate: unknown argument &apos;%1&apos;</source>
        <translation>migrate: 不明な引数「%1」</translation>
    </message>
    <message>
        <source>there is no interrupted migration to resume or roll back</source>
        <translation>再開またはロールバックする中断された移行はありません</translation>
    </message>
    <message>
        <source>there is nothing to roll back: the new tokens are verified and in use; run &apos;tokendesk-cli migrate --resume&apos; to retry revoking the old ones</source>
        <translation>ロールバックするものはありません: 新しいトークンは検証済みで使用中です。古いトークンの取り消しを再試行するには「tokendesk-cli migrate --resume」を実行してください</translation>
    </message>
    <message>
        <source>an interrupted migration was found (%1); run &apos;tokendesk-cli migrate --resume&apos; to finish it or &apos;tokendesk-cli migrate --rollback&apos; to undo it</source>
        <translation>中断された移行が見つかりました (%1)。完了するには「tokendesk-cli migrate --resume」を、元に戻すには「tokendesk-cli migrate --rollback」を実行してください</translation>
    </message>
    <message>
        <source>row %1 cannot be &apos;%2&apos;</source>
        <translation>行 %1 を「%2」にすることはできません</translation>
    </message>
    <message>
        <source>creating the replacement tokens needs your npm password; pipe it and use --password-stdin</source>
        <translation>置き換え用トークンの作成には npm のパスワードが必要です。パイプで渡して --password-stdin を使用してください</translation>
    </message>
    <message>
        <source>--to takes &apos;stage-only&apos; (replace every direct-publish token in use by a stage-only token)</source>
        <translation>--to には &apos;stage-only&apos; を指定します (使用中のすべての直接公開トークンをステージング専用トークンに置き換えます)</translation>
    </message>
    <message>
        <source>no direct-publish token is in use here: nothing to move to a stage-only token</source>
        <translation>ここでは直接公開トークンは使用されていません: ステージング専用トークンに移行するものはありません</translation>
    </message>
    <message>
        <source>give one of --apply, --resume, --rollback and --confirm</source>
        <translation>--apply、--resume、--rollback、--confirm のいずれか 1 つを指定してください</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateServices</name>
    <message>
        <source>row %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
    <message>
        <source>the migration stopped: %1 Run &apos;tokendesk-cli migrate --resume&apos; when the cause is fixed, or &apos;tokendesk-cli migrate --rollback&apos; to undo it.</source>
        <translation>移行が停止しました: %1 原因を解決したら「tokendesk-cli migrate --resume」を、元に戻すには「tokendesk-cli migrate --rollback」を実行してください。</translation>
    </message>
    <message>
        <source>row %1 (%2) was not migrated, its old token still works: %3 Fix the cause and try again.</source>
        <translation>行 %1 (%2) は移行されませんでした。古いトークンは引き続き有効です: %3 原因を解決してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>row %1: the new token is in use, but revoking the old token %2 failed (%3); run &apos;tokendesk-cli migrate --resume&apos; to retry</source>
        <translation>行 %1: 新しいトークンは使用中ですが、古いトークン %2 の取り消しに失敗しました (%3)。再試行するには「tokendesk-cli migrate --resume」を実行してください</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>行</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>old token kept until you update the places below, then run &apos;tokendesk-cli migrate --confirm %1&apos;</source>
        <translation>以下の場所を更新するまで古いトークンは保持されます。更新したら「tokendesk-cli migrate --confirm %1」を実行してください</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>バックアップ:</translation>
    </message>
    <message>
        <source>print it with: secret-tool lookup server tokendesk user %1</source>
        <translation>表示するには: secret-tool lookup server tokendesk user %1</translation>
    </message>
    <message>
        <source>Row %1 (%2) waits for you:</source>
        <translation>行 %1 (%2) はあなたの操作を待っています:</translation>
    </message>
    <message>
        <source>Then: tokendesk-cli migrate --confirm %1</source>
        <translation>その後: tokendesk-cli migrate --confirm %1</translation>
    </message>
    <message>
        <source>row %1: the old token stays valid until %2 (runs already queued keep the old value); it is revoked then. Ctrl-C is safe: &apos;tokendesk-cli migrate --resume&apos; finishes.</source>
        <translation>行 %1: 古いトークンは %2 まで有効です (キューに入っている実行は古い値を使い続けます)。その時点で取り消されます。Ctrl-C で中断しても安全です: 「tokendesk-cli migrate --resume」で完了できます。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>row %1: %2 holds this token; it gets the new one</source>
        <translation>行 %1: %2 がこのトークンを保持しています。新しいトークンに更新されます</translation>
    </message>
    <message>
        <source>pushing the new token to %1</source>
        <translation>新しいトークンを %1 に送信しています</translation>
    </message>
    <message>
        <source>pushed to %1</source>
        <translation>%1 に送信しました</translation>
    </message>
    <message>
        <source>verified: %1 holds the new token</source>
        <translation>検証済み: %1 は新しいトークンを保持しています</translation>
    </message>
    <message>
        <source>put the new token into %1 (%2), or sign in: tokendesk-cli ci login %3</source>
        <translation>新しいトークンを %1 (%2) に設定するか、サインインしてください: tokendesk-cli ci login %3</translation>
    </message>
</context>
<context>
    <name>td::cli::Publishing</name>
    <message>
        <source>, attested</source>
        <translation>、来歴あり</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>PUBLISHED THROUGH</source>
        <translation>公開経路</translation>
    </message>
    <message>
        <source>LAST RELEASE</source>
        <translation>最後のリリース</translation>
    </message>
    <message>
        <source>No packages to publish on this account.</source>
        <translation>このアカウントで公開するパッケージはありません。</translation>
    </message>
    <message>
        <source>Way out (%1):</source>
        <translation>対処法 (%1):</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>不明: %1</translation>
    </message>
    <message>
        <source>Not known for any package: %1</source>
        <translation>どのパッケージについても不明: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) at risk in January 2027 (no exact day is announced).</source>
        <translation>
            <numerusform>%n 個のパッケージが 2027 年 1 月にリスクあり (正確な日付は発表されていません)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::PublishingCommand</name>
    <message>
        <source>every package&apos;s publish path and its January 2027 verdict</source>
        <translation>各パッケージの公開経路と 2027 年 1 月の判定</translation>
    </message>
    <message>
        <source>publishing: unknown argument &apos;%1&apos;</source>
        <translation>publishing: 不明な引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>publishing: the project folder %1 does not exist</source>
        <translation>publishing: プロジェクトフォルダー %1 が存在しません</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::RunCommand</name>
    <message>
        <source>run a command with a stored token in NODE_AUTH_TOKEN / NPM_TOKEN</source>
        <translation>保存されたトークンを NODE_AUTH_TOKEN / NPM_TOKEN に入れてコマンドを実行します</translation>
    </message>
    <message>
        <source>--token needs a token ID (see &apos;tokendesk-cli token list&apos;)</source>
        <translation>--token にはトークン ID が必要です (「tokendesk-cli token list」を参照)</translation>
    </message>
    <message>
        <source>run needs a command: tokendesk-cli run -- npm publish</source>
        <translation>run にはコマンドが必要です: tokendesk-cli run -- npm publish</translation>
    </message>
    <message>
        <source>%1 has no active token. Create one with &apos;tokendesk-cli token create&apos;.</source>
        <translation>%1 には有効なトークンがありません。「tokendesk-cli token create」で作成してください。</translation>
    </message>
    <message>
        <source>none of %1&apos;s active tokens is in this keychain. Create one with &apos;tokendesk-cli token create&apos;, or pick one with --token.</source>
        <translation>%1 の有効なトークンはどれもこのキーチェーンにありません。「tokendesk-cli token create」で作成するか、--token で選択してください。</translation>
    </message>
    <message>
        <source>token &apos;%1&apos; (%2) is not in this keychain: its secret was never stored here.</source>
        <translation>トークン「%1」(%2) はこのキーチェーンにありません: そのシークレットはここに保存されていません。</translation>
    </message>
    <message>
        <source>run: cannot start &apos;%1&apos;: %2</source>
        <translation>run: 「%1」を開始できません: %2</translation>
    </message>
    <message>
        <source>run: &apos;%1&apos; ended abnormally</source>
        <translation>run: 「%1」が異常終了しました</translation>
    </message>
</context>
<context>
    <name>td::cli::StageCommand</name>
    <message>
        <source>list, view, diff, download, approve and reject staged versions</source>
        <translation>ステージングされたバージョンの一覧表示、表示、差分、ダウンロード、承認、拒否</translation>
    </message>
    <message>
        <source>stage needs a subcommand: %1</source>
        <translation>stage にはサブコマンドが必要です: %1</translation>
    </message>
    <message>
        <source>unknown stage subcommand &apos;%1&apos; (known: %2)</source>
        <translation>不明な stage サブコマンド「%1」(使用可能: %2)</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt;</source>
        <translation>必須の &lt;stage-id&gt; がありません</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDecideCommand</name>
    <message>
        <source>approve staged versions, publishing them (npm stage approve)</source>
        <translation>ステージングされたバージョンを承認して公開 (npm stage approve)</translation>
    </message>
    <message>
        <source>reject staged versions, deleting them (npm stage reject)</source>
        <translation>ステージングされたバージョンを拒否して削除 (npm stage reject)</translation>
    </message>
    <message>
        <source>--auth-type is web or legacy</source>
        <translation>--auth-type には web または legacy を指定してください</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt; (or --all for every staged version)</source>
        <translation>必須の &lt;stage-id&gt; がありません (すべてのステージングされたバージョンを対象にするには --all)</translation>
    </message>
    <message>
        <source>Give stage ids or --all, not both</source>
        <translation>stage ID と --all のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>--package only goes with --all</source>
        <translation>--package は --all と一緒にのみ使用できます</translation>
    </message>
    <message>
        <source>Skipping %1 (%2): still being validated by the registry.</source>
        <translation>%1 (%2) をスキップします: まだレジストリで検証中です。</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace in %1.</source>
        <translation>%1 のワークスペースの依存関係の順序で処理します。</translation>
    </message>
    <message>
        <source>Rejecting will permanently delete this staged publish record and tarball from the registry.</source>
        <translation>拒否すると、このステージングされた公開の記録と tarball がレジストリから完全に削除されます。</translation>
    </message>
    <message>
        <source>Each staged version needs its own approval in the browser (npm&apos;s &quot;skip 2FA for 5 minutes&quot; does not cover them); with --otp CODE one code serves them all while it is valid.</source>
        <translation>ステージングされたバージョンごとにブラウザーでの承認が必要です (npm の &quot;skip 2FA for 5 minutes&quot; は適用されません)。--otp CODE を使用すると、コードが有効な間は 1 つのコードですべてを承認できます。</translation>
    </message>
    <message>
        <source>Approving staged package %1</source>
        <translation>ステージングされたパッケージ %1 を承認しています</translation>
    </message>
    <message>
        <source>Rejecting staged package %1</source>
        <translation>ステージングされたパッケージ %1 を拒否しています</translation>
    </message>
    <message>
        <source>Not attempted after the failure: %1</source>
        <translation>失敗したため未実行: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDiffCommand</name>
    <message>
        <source>compare a staged version with the last published one</source>
        <translation>ステージングされたバージョンを最新の公開バージョンと比較</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDownloadCommand</name>
    <message>
        <source>save a staged tarball in the current folder (npm stage download)</source>
        <translation>ステージングされた tarball を現在のフォルダーに保存 (npm stage download)</translation>
    </message>
    <message>
        <source>Could not read package.json from tarball</source>
        <translation>tarball から package.json を読み取れませんでした</translation>
    </message>
    <message>
        <source>package: %1@%2</source>
        <translation>パッケージ: %1@%2</translation>
    </message>
    <message>
        <source>total files: %1</source>
        <translation>ファイル総数: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageListCommand</name>
    <message>
        <source>list the staged versions you may see (npm stage list)</source>
        <translation>表示できるステージングされたバージョンを一覧表示 (npm stage list)</translation>
    </message>
    <message>
        <source>Version specifiers are not supported for listing staged packages</source>
        <translation>ステージングされたパッケージの一覧表示では、バージョン指定子はサポートされていません</translation>
    </message>
    <message>
        <source>tokendesk-cli: not listed: %1</source>
        <translation>tokendesk-cli: 一覧に含まれていません: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageViewCommand</name>
    <message>
        <source>show one staged version (npm stage view)</source>
        <translation>ステージングされたバージョンを 1 つ表示 (npm stage view)</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCommand</name>
    <message>
        <source>list, create, rotate and revoke access tokens</source>
        <translation>アクセストークンを一覧表示、作成、ローテーション、取り消しします</translation>
    </message>
    <message>
        <source>token needs a subcommand: %1</source>
        <translation>token にはサブコマンドが必要です: %1</translation>
    </message>
    <message>
        <source>unknown token subcommand &apos;%1&apos; (known: %2)</source>
        <translation>不明な token サブコマンド「%1」(使用可能: %2)</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreate</name>
    <message>
        <source>--password: passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>--password: パスワードは引数から受け取りません。パイプで渡して --password-stdin を使用してください</translation>
    </message>
    <message>
        <source>token create: unexpected argument &apos;%1&apos;</source>
        <translation>token create: 予期しない引数「%1」</translation>
    </message>
    <message>
        <source>--expires: &apos;%1&apos; is not a whole number of days</source>
        <translation>--expires: 「%1」は日数を表す整数ではありません</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 は「%3」ではなく、%2 のいずれかにする必要があります</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>すべてのパッケージ</translation>
    </message>
    <message>
        <source>orgs %1 (%2)</source>
        <translation>Organization %1 (%2)</translation>
    </message>
    <message>
        <source>Created token %1</source>
        <translation>トークン %1 を作成しました</translation>
    </message>
    <message>
        <source>  name:     %1</source>
        <translation>  名前:         %1</translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation>  キー:         %1</translation>
    </message>
    <message>
        <source>  grants:   %1</source>
        <translation>  許可:         %1</translation>
    </message>
    <message>
        <source>  from IPs: %1</source>
        <translation>  許可する IP:  %1</translation>
    </message>
    <message>
        <source>  bypasses 2FA</source>
        <translation>  2FA をバイパス</translation>
    </message>
    <message>
        <source>  expires:  %1</source>
        <translation>  有効期限:     %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Stored in your keychain; &apos;tokendesk-cli run -- &lt;command&gt;&apos; uses it.</source>
        <translation>キーチェーンに保存しました。「tokendesk-cli run -- &lt;command&gt;」で使用されます。</translation>
    </message>
    <message>
        <source>warning: the token was created but could not be stored in your keychain (%1). Copy it now: it is shown only this once.</source>
        <translation>警告: トークンは作成されましたが、キーチェーンに保存できませんでした (%1)。今すぐコピーしてください: 表示されるのは今回限りです。</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreateCommand</name>
    <message>
        <source>create a granular token with npm&apos;s flags; it goes into your keychain</source>
        <translation>npm のフラグで Granular アクセストークンを作成し、キーチェーンに保存します</translation>
    </message>
    <message>
        <source>token create needs your npm password: pipe it to standard input and add --password-stdin</source>
        <translation>token create には npm のパスワードが必要です。標準入力にパイプで渡し、--password-stdin を追加してください</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin: 標準入力にパスワードがありませんでした</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>パスワードが正しくないか、入力されていません。</translation>
    </message>
    <message>
        <source>Your session is still valid; check the password and try again.</source>
        <translation>セッションはまだ有効です。パスワードを確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenListCommand</name>
    <message>
        <source>list every token of the signed-in account</source>
        <translation>サインイン中のアカウントのすべてのトークンを一覧表示します</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>あと %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1 前に期限切れ</translation>
    </message>
    <message>
        <source>token list: unknown argument &apos;%1&apos;</source>
        <translation>token list: 不明な引数「%1」</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (取り消し済み)</translation>
    </message>
    <message>
        <source>No tokens. (Sessions from login are never listed.)</source>
        <translation>トークンはありません。(login によるセッションは一覧に表示されません。)</translation>
    </message>
    <message>
        <source>This registry does not report token expiry.</source>
        <translation>このレジストリはトークンの有効期限を報告しません。</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRevokeCommand</name>
    <message>
        <source>revoke tokens by ID (a unique key prefix, as in &apos;token list&apos;)</source>
        <translation>ID でトークンを取り消します (「token list」に表示される一意なキーの先頭部分)</translation>
    </message>
    <message>
        <source>Token ID &quot;%1&quot; was ambiguous, a new token may have been created since you last ran `tokendesk-cli token list`.</source>
        <translation>トークン ID「%1」があいまいです。前回 `tokendesk-cli token list` を実行した後に新しいトークンが作成された可能性があります。</translation>
    </message>
    <message>
        <source>Unknown token id or value &quot;%1&quot;.</source>
        <translation>不明なトークン ID または値「%1」です。</translation>
    </message>
    <message>
        <source>token revoke needs the ID of a token; &apos;tokendesk-cli token list&apos; shows them</source>
        <translation>token revoke にはトークンの ID が必要です。「tokendesk-cli token list」で表示されます</translation>
    </message>
    <message>
        <source>Removed %1 token(s) before this failure.</source>
        <translation>この失敗の前に %1 個のトークンを削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n token(s)</source>
        <translation>
            <numerusform>%n 個のトークンを削除しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRotateCommand</name>
    <message>
        <source>replace a token with a fresh one with the same grants, update its uses</source>
        <translation>トークンを同じ許可を持つ新しいトークンに置き換え、使用箇所を更新します</translation>
    </message>
    <message>
        <source>token rotate needs one token id (as &apos;token list&apos; shows it)</source>
        <translation>token rotate にはトークン ID を 1 つ指定してください (「token list」に表示されるもの)</translation>
    </message>
    <message>
        <source>creating the new token needs your npm password; pipe it and use --password-stdin</source>
        <translation>新しいトークンの作成には npm のパスワードが必要です。パイプで渡して --password-stdin を使用してください</translation>
    </message>
    <message>
        <source>an interrupted migration was found; run &apos;tokendesk-cli migrate --resume&apos; or &apos;--rollback&apos; first</source>
        <translation>中断された移行が見つかりました。先に「tokendesk-cli migrate --resume」または「--rollback」を実行してください</translation>
    </message>
    <message>
        <source>no active token has the id &apos;%1&apos;</source>
        <translation>ID「%1」の有効なトークンはありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 tokens; give more of the id</source>
        <translation>「%1」は %2 個のトークンに一致します。ID をもっと長く指定してください</translation>
    </message>
    <message numerus="yes">
        <source>Rotating &quot;%1&quot; (%2): %n reference(s) to update.</source>
        <translation>
            <numerusform>「%1」(%2) をローテーションしています: 更新する参照は %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no .npmrc here uses this token (or it cannot be told apart from another by its masked form); wherever it is used — CI secrets, other machines — put the new token there: the old one is revoked.</source>
        <translation>警告: ここにはこのトークンを使用する .npmrc がありません (またはマスク表示では別のトークンと区別できません)。CI シークレットや他のコンピューターなど、このトークンを使用しているすべての場所に新しいトークンを設定してください: 古いトークンは取り消されます。</translation>
    </message>
</context>
<context>
    <name>td::cli::TrustCommand</name>
    <message>
        <source>trust needs a subcommand: %1</source>
        <translation>trust にはサブコマンドが必要です: %1</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type には「%1」ではなく「web」または「legacy」を指定してください</translation>
    </message>
    <message>
        <source>trust %1 takes at most one package or folder</source>
        <translation>trust %1 に指定できるパッケージまたはフォルダーは 1 つまでです</translation>
    </message>
    <message>
        <source>would configure %1: %2</source>
        <translation>%1 を構成します: %2</translation>
    </message>
    <message>
        <source>Package name must be specified either as an argument or in package.json file</source>
        <translation>パッケージ名は引数または package.json ファイルで指定する必要があります</translation>
    </message>
    <message>
        <source>circleci needs --org-id, --project-id, --pipeline-definition-id and --vcs-origin</source>
        <translation>circleci には --org-id、--project-id、--pipeline-definition-id、--vcs-origin が必要です</translation>
    </message>
    <message>
        <source>GitHub repository must be specified in the format owner/repository</source>
        <translation>GitHub リポジトリは owner/repository の形式で指定する必要があります</translation>
    </message>
    <message>
        <source>GitLab project must be specified as group/project</source>
        <translation>GitLab プロジェクトは group/project の形式で指定する必要があります</translation>
    </message>
    <message>
        <source>%1 has no GitHub or GitLab remote to check against</source>
        <translation>%1 には照合する GitHub または GitLab のリモートがありません</translation>
    </message>
    <message>
        <source>%1: not on the registry yet; publish it once, then set up trusted publishing.</source>
        <translation>%1: まだレジストリにありません。一度公開してから、信頼できる公開を設定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) need attention</source>
        <translation>
            <numerusform>%n 個のパッケージに対処が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>ALLOWS</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>not on the registry</source>
        <translation>レジストリにありません</translation>
    </message>
    <message>
        <source>no trusted publisher</source>
        <translation>信頼できる公開元なし</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not on the registry: %1</source>
        <translation>
            <numerusform>%n 個のパッケージがレジストリにありません: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not configured: %1</source>
        <translation>
            <numerusform>%n 個のパッケージが構成されていません: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke needs one package and --id &lt;id&gt; (see trust list)</source>
        <translation>revoke にはパッケージ 1 つと --id &lt;id&gt; が必要です (trust list を参照)</translation>
    </message>
    <message>
        <source>would remove trusted publisher %1 of %2</source>
        <translation>%2 の信頼できる公開元 %1 を削除します</translation>
    </message>
    <message>
        <source>%1 has no trusted publisher with id %2 (or the package is not on the registry); see &apos;tokendesk-cli trust list %1&apos;.</source>
        <translation>%1 には ID %2 の信頼できる公開元がありません (またはパッケージがレジストリにありません)。「tokendesk-cli trust list %1」を参照してください。</translation>
    </message>
    <message>
        <source>%1: trusted publisher %2 removed</source>
        <translation>%1: 信頼できる公開元 %2 を削除しました</translation>
    </message>
    <message>
        <source>trusted publishing: list, github, gitlab, circleci, revoke (npm trust&apos;s flags, plus --all and --replace; stage-only unless --allow-publish), check &lt;folder&gt; and workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</source>
        <translation>信頼できる公開: list、github、gitlab、circleci、revoke (npm trust のフラグに加えて --all と --replace。--allow-publish を指定しない限りステージングのみ)、check &lt;folder&gt; と workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</translation>
    </message>
    <message>
        <source>--replace needs exactly one package (config ids belong to one package)</source>
        <translation>--replace にはパッケージを 1 つだけ指定してください (構成 ID は 1 つのパッケージに属します)</translation>
    </message>
    <message>
        <source>then revoke %1 of %2</source>
        <translation>その後 %2 の %1 を取り消す</translation>
    </message>
    <message>
        <source>the repository has no workflow: say which with --file</source>
        <translation>リポジトリにワークフローがありません: --file で指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trusted publisher(s) on npm, each compared with the workflow it names.</source>
        <translation>
            <numerusform>%1: npm 上の %n 個の信頼できる公開元を、それぞれが指定するワークフローと比較しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no trusted publisher is configured on npm.</source>
        <translation>%1: npm に信頼できる公開元が構成されていません。</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher and no room for another. See &apos;tokendesk-cli trust list %1&apos;, remove one with &apos;trust revoke&apos;, then run this again.</source>
        <translation>%1 には既に別の信頼できる公開元があり、これ以上追加できません。「tokendesk-cli trust list %1」を参照し、「trust revoke」で 1 つ削除してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher (%2) and no room for another. Remove one (for example &apos;tokendesk-cli trust revoke %1 --id %3&apos;), then run this again.</source>
        <translation>%1 には既に別の信頼できる公開元 (%2) があり、これ以上追加できません。1 つ削除してから (例: 「tokendesk-cli trust revoke %1 --id %3」)、もう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>No npm publish to change to npm stage publish.</source>
        <translation>npm stage publish に変更する npm publish はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written; run again with --apply to write %n file(s).</source>
        <translation>
            <numerusform>何も書き込まれていません。%n 個のファイルを書き込むには --apply を付けてもう一度実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>repository: %1 (from package.json)</source>
        <translation>リポジトリ: %1 (package.json から)</translation>
    </message>
    <message>
        <source>project: %1 (from package.json)</source>
        <translation>プロジェクト: %1 (package.json から)</translation>
    </message>
</context>
<context>
    <name>td::cli::Usage</name>
    <message>
        <source>Usage: tokendesk-cli diagnose &lt;log-file|-&gt;

Reads the log of a failed CI publish (a file, or - for standard input) and prints
the likely causes, most likely first, each with a concrete fix.</source>
        <translation>使用法: tokendesk-cli diagnose &lt;log-file|-&gt;

失敗した CI の公開ログ (ファイル、または標準入力の場合は -) を読み取り、
考えられる原因を可能性の高い順に、具体的な修正方法とともに表示します。</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

Finds every npm token on this computer (npm&apos;s config files, project folders,
the environment, .yarnrc.yml and CI workflows) and checks each against the
account. Exit status 1 when a classic, dead or soon-expiring token is in use.

  --project DIR      also scan this project folder (repeatable)
  --userconfig FILE  the user config to read instead of ~/.npmrc
  --json             (global) the findings as JSON</source>
        <translation>使用法: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

このコンピューター上のすべての npm トークン (npm の設定ファイル、プロジェクトフォルダー、
環境、.yarnrc.yml、CI ワークフロー) を見つけ、それぞれをアカウントと照合します。
Classic トークン、無効なトークン、まもなく期限切れになるトークンが使用中の場合、終了ステータスは 1 です。

  --project DIR      このプロジェクトフォルダーもスキャンします (複数指定可)
  --userconfig FILE  ~/.npmrc の代わりに読み取るユーザー設定
  --json             (グローバル) 結果を JSON で出力します</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Runs the command with a stored token in NODE_AUTH_TOKEN and NPM_TOKEN, only in
its environment: no .npmrc line, nothing on the command line.</source>
        <translation>使用法: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

保存されたトークンを NODE_AUTH_TOKEN と NPM_TOKEN に入れてコマンドを実行します。
トークンはコマンドの環境にのみ渡され、.npmrc の行にもコマンドラインにも現れません。</translation>
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
        <translation>使用法: tokendesk-cli trust list [&lt;package&gt; | --all [DIR]]
        tokendesk-cli trust github [&lt;package&gt; | --all [DIR]] --repo OWNER/REPO --file NAME [--env NAME]
        tokendesk-cli trust gitlab [&lt;package&gt; | --all [DIR]] --project PATH --file NAME [--env NAME]
        tokendesk-cli trust circleci [&lt;package&gt;] --org-id ID --project-id ID
            --pipeline-definition-id ID --vcs-origin ORIGIN [--context-id ID]...
        tokendesk-cli trust revoke &lt;package&gt; --id ID [--dry-run]
        tokendesk-cli trust check [DIR]

  --allow-publish, --allow-stage-publish  ワークフローに許可する操作
  --auth-type web|legacy  ブラウザーで承認する (&quot;skip 2FA for 5 minutes&quot; にチェックを入れると
                          1 回の承認で --all 全体に適用されます) か、コードを入力します
  --otp CODE              ワンタイムパスワード
  --dry-run               実行される内容を表示します</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli whoami

Prints the user name the registry knows you by.</source>
        <translation>使用法: tokendesk-cli whoami

レジストリが認識しているユーザー名を表示します。</translation>
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
        <translation>使用法: tokendesk-cli stage list [&lt;package&gt;]
        tokendesk-cli stage view &lt;stage-id&gt;
        tokendesk-cli stage download &lt;stage-id&gt;
        tokendesk-cli stage diff &lt;stage-id&gt;
        tokendesk-cli stage approve &lt;stage-id&gt;... | --all [--package P]
        tokendesk-cli stage reject &lt;stage-id&gt;... | --all [--package P]

ステージングされたバージョンは、メンテナーが 2FA で承認するまで公開されずに待機します。
list、view、download は npm stage と同じ内容を出力します。list はレジストリに
サインインしているすべてのアカウントを、その他のサブコマンドは最後にサインインした
アカウントを対象とします。diff は、ステージングされた tarball を最新の公開バージョンと
比較します (ファイル、package.json、インストールスクリプト)。

  --otp CODE              バッチ全体で使う 1 つのコード (有効な間は再利用されます)
  --auth-type web|legacy  バージョンごとにブラウザーで承認 (既定)、またはコードを入力
  --project DIR           このワークスペースの依存関係の順序で承認します
  --json                  機械可読な出力</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Every package you can publish, how it gets published today (trusted publishers,
tokens and where they are used, the last release) and whether that survives
January 2027, when npm ends direct publishing with tokens. For each package at
risk it prints the way out. Exit status 1 while any package is at risk.</source>
        <translation>使用法: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

公開できるすべてのパッケージについて、現在の公開方法 (信頼できる公開元、
トークンとその使用場所、最後のリリース) と、npm がトークンによる直接の公開を
終了する 2027 年 1 月以降もその方法が使えるかどうかを表示します。リスクのある
パッケージごとに対処法を表示します。リスクのあるパッケージがある間は終了ステータス 1 を返します。</translation>
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
        <translation>使用法: tokendesk-cli ci login github|gitlab|circleci [--host HOST] [--api-url URL]
           [--with-token | --from-gh]
       tokendesk-cli ci status [--project DIR]... [--json]
       tokendesk-cli ci logout github|gitlab|circleci [--host HOST]

CI サービスにサインインし、「token rotate」と「migrate --apply」がそのシークレットを
自動で更新できるようにします: 新しいトークンを送信して検証し、猶予期間を待ってから
古いトークンを取り消します。認証情報はキーチェーンに保存されます。

  --with-token    トークンを標準入力から読み取る (引数からは決して読み取らない)
  --from-gh       GitHub CLI のサインインを再利用する (「gh auth token」)
  (どちらもなし)  ブラウザーでワンタイムコードを使ってサインインする (GitHub、GitLab)
  --host HOST     GitHub Enterprise またはセルフマネージドの GitLab (既定は公開サービス)
  --api-url URL   API のベース URL (ホストの通常の URL と異なる場合)
  --project DIR   status: このプロジェクトのワークフローが読み取る CI シークレット</translation>
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
        <translation>使用法: tokendesk-cli migrate [--project DIR]... [--choose ROW=ACTION]... [--to stage-only] [--apply]
       tokendesk-cli migrate --confirm ROW|TOKEN
       tokendesk-cli migrate --resume | --rollback

Classic トークンや長期間有効なトークンからの移行を計画します。使用中のトークンごとに 1 行です。

  --apply             置き換え用のトークンを作成し、すべての参照を書き換えて検証してから、
                      古いトークンを取り消す (ジャーナル記録あり、クラッシュしても安全)
  --no-ci             CI シークレットを更新しない (代わりに手動で確認する)
  --grace MINUTES     CI シークレットの更新後、古いトークンをこの時間だけ残す
                      (既定は 10、0 も可)
  --choose ROW=ACTION 行のアクションを変更する (例: 2=create-read-only)
  --to stage-only     使用中のすべての直接公開トークンをステージング専用トークンに
                      置き換える (2027 年 1 月)。その他の行はそのまま
  --confirm ROW|TOKEN CI シークレットまたは変数を更新した: 古いトークンを取り消す
  --resume, --rollback 中断された実行を完了する、または元に戻す
  --otp CODE, --password-stdin  第 2 の認証要素とパスワード</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Signs in and keeps the 2-hour session in the keychain.

  --auth-type web     sign in in the browser (the default)
  --auth-type legacy  user name and password (read from standard input)
  --otp CODE          the one-time password, if the account asks for one
  --scope @SCOPE      sign in to the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>使用法: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

サインインし、2 時間有効なセッションをキーチェーンに保存します。

  --auth-type web     ブラウザーでサインインします (既定)
  --auth-type legacy  ユーザー名とパスワード (標準入力から読み取り)
  --otp CODE          アカウントが要求する場合のワンタイムパスワード
  --scope @SCOPE      スコープのレジストリにサインインします (.npmrc の @SCOPE:registry)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli logout [--scope @SCOPE]

Ends the session on the registry and removes it from the keychain.

  --scope @SCOPE      the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>使用法: tokendesk-cli logout [--scope @SCOPE]

レジストリ上のセッションを終了し、キーチェーンから削除します。

  --scope @SCOPE      スコープのレジストリ (.npmrc の @SCOPE:registry)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli token list|ls [--parseable]
       tokendesk-cli token create --name NAME [--packages P,..] [--scopes @S,..]
           [--packages-all] [--packages-and-scopes-permission read-only|read-write]
           [--orgs O,..] [--orgs-permission ...] [--expires DAYS] [--cidr RANGES]
           [--bypass-2fa] [--token-description TEXT] --password-stdin [--otp CODE]
       tokendesk-cli token rotate &lt;id|prefix&gt; --password-stdin [--no-ci] [--grace MINUTES]
       tokendesk-cli token revoke|rm|delete|remove &lt;id|prefix&gt; [--otp CODE]</source>
        <translation>使用法: tokendesk-cli token list|ls [--parseable]
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
        <translation>使用法: tokendesk-cli verify &lt;package&gt;[@&lt;version&gt;] [--all-versions] [--trust-root FILE] [--json]

バージョン (既定では最新) を誰が公開したかを確認します。レジストリの署名、
来歴バンドル、および証明書内のリポジトリ、ワークフロー、ref、トリガーを、
記録されているパッケージの信頼の構成と以前のリリースに照らして検証します。
疑わしいバージョンまたは検証に失敗したバージョンがある場合、終了ステータスは 1 です。

  --all-versions     すべてのバージョン (古い順)
  --trust-root FILE  同梱の Sigstore と npm の鍵の代わりに使う信頼データ
                     (trusted_root.json。サンドボックスの /-/sandbox/trusted-root など)
  --json             検証内容と判定を JSON で出力します</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli completion-ids tokens

Prints the ids of the tokens in TokenDesk&apos;s local cache, one per line, for the
bash, zsh and fish completions. No network, no keychain, no secret.</source>
        <translation>Usage: tokendesk-cli completion-ids tokens

TokenDesk のローカルキャッシュにあるトークン ID を 1 行に 1 つずつ表示します
（bash、zsh、fish の補完用）。ネットワーク、キーチェーン、シークレットは使いません。</translation>
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
        <translation>使用法: tokendesk-cli watch [--once] [--json] [--interval MIN] [--trust-root FILE]
       tokendesk-cli watch ack &lt;package&gt;@&lt;version&gt;
       tokendesk-cli watch expect &lt;package&gt; [--for MINUTES]
       tokendesk-cli watch exclude|include &lt;package&gt;

サインイン中のアカウントが書き込めるすべてのパッケージ (およびピン留めしたパッケージ) について、
新しいバージョン、タグの移動、非推奨化、新しいメンテナーを監視し、各リリースを判定します:
誰が公開したか (&apos;verify&apos; と同じ方法で来歴を確認)、インストールスクリプトなどの内容のシグナル、
複数のパッケージにまたがる集中的な公開。初回の実行ではベースラインを作成し、既に公開済みの
ものにはアラームを出しません。アラームは応答するまで未解決のままです。
--once 指定時の終了ステータス: 未解決のアラームがあれば 1、なければ 0、監視を実行できなかったか
コマンドラインが誤っている場合は 2。

  --once             すべてのパッケージを 1 回確認して終了
  --interval MIN     同じパッケージを読み取る間隔 (分、5～1440、既定値 10)
  --trust-root FILE  付属の Sigstore と npm の鍵の代わりに使う信頼データ
  --json             リリースをレベル、理由、コード、公開元とともに JSON で出力
  ack                「自分が公開した」: そのバージョンのアラームを閉じる
  expect --for MIN   今後 MIN 分以内 (既定値 60) のパッケージの手動公開を
                     アラームにしない
  exclude / include  パッケージのリリースの判定をやめる (アラームを出さない)、または
                     再び判定する。設定は記憶される</translation>
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
        <translation>使用法: tokendesk-cli lockdown &lt;package&gt;... [--dry-run] [--otp CODE] [--skip STEP]...
                              [--bad VERSION]... [--keep-ci-tokens] [--report FILE]
                              [--trust-root FILE]
        tokendesk-cli lockdown --resume [--otp CODE] [--report FILE]

侵害されたリリースに対応します。各パッケージ、トークン、不正なバージョン (--bad、
指定がなければ公開監視の未解決のアラーム) を読み取って計画を表示し、このマシンに
ワームの痕跡 (盗まれたトークンが無効になるとホームフォルダーを消去するウォッチドッグ)
がないか確認します。見つからなければ、該当するすべての手順を 1 回の 2FA 承認で実行
します: require-2fa、revoke-trust、revoke-tokens、remove-maintainers、reject-staged、
move-tags、deprecate (unpublish は説明のみ)。インシデントレポートを書き込みます。
終了ステータス: すべての手順が完了すれば 0、手順が失敗したら 1 (--resume で再試行)、
使用法の誤りまたは情報を読み取れなかった場合は 2、痕跡が見つかった場合は 3 (変更なし)。

  --dry-run          計画を表示し、何も変更しない
  --resume           未完了の最新のロックダウン (このプログラムまたはデスクトップアプリのもの) を
                     最初の未完了の手順から再開する
  --otp CODE         ワンタイムコード (レジストリが受け付ける間は再利用)
  --skip STEP        手順を除外する (上記の ID)。複数指定可
  --bad VERSION      不正なバージョン (複数指定可)。既定値: 監視の未解決のアラーム
  --keep-ci-tokens   TokenDesk が自分の CI で使用中と確認したトークンを維持する
  --report FILE      インシデントレポートの出力先 (既定値: 現在のフォルダーの
                     lockdown-&lt;time&gt;.md)
  --trust-root FILE  信頼データ (watch および verify と同様)</translation>
    </message>
</context>
<context>
    <name>td::cli::VerifyCommand</name>
    <message>
        <source>check who published each version: signature, provenance and publisher identity</source>
        <translation>各バージョンを誰が公開したかを確認します: 署名、来歴、公開者の ID</translation>
    </message>
    <message>
        <source>verify: one package at a time (&apos;%1&apos; is extra)</source>
        <translation>verify: パッケージは一度に 1 つです (&apos;%1&apos; は余分です)</translation>
    </message>
    <message>
        <source>verify needs a package, for example: tokendesk-cli verify @acme/ui@2.4.0</source>
        <translation>verify にはパッケージが必要です。例: tokendesk-cli verify @acme/ui@2.4.0</translation>
    </message>
    <message>
        <source>verify: give a version or --all-versions, not both</source>
        <translation>verify: バージョンと --all-versions のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>verify: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>verify: 信頼データ %1 を読み取れません (4 MiB 以下の trusted_root.json ファイル)</translation>
    </message>
    <message>
        <source>No trust configs of %1 on record: the publisher is compared with earlier releases only.</source>
        <translation>%1 の信頼の構成が記録されていません。公開者は以前のリリースとのみ比較されます。</translation>
    </message>
</context>
<context>
    <name>td::cli::WatchCommand</name>
    <message>
        <source>watch your packages&apos; publishes and alarm on the ones your release path did not make</source>
        <translation>自分のパッケージの公開を監視し、自分のリリース経路以外で行われた公開にアラームを出す</translation>
    </message>
    <message>
        <source>--interval needs a number of minutes from 5 to 1440 (the registry caches packuments for 5 minutes)</source>
        <translation>--interval には 5～1440 の分数を指定してください (レジストリはパッケージドキュメントを 5 分間キャッシュします)</translation>
    </message>
    <message>
        <source>watch: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>watch: 信頼データ %1 を読み取れません (最大 4 MiB の trusted_root.json ファイル)</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) watched</source>
        <translation>
            <numerusform>%n 個のパッケージを監視中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>未解決のアラーム %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>watch ack needs one version, for example: tokendesk-cli watch ack @acme/ui@1.1.1</source>
        <translation>watch ack にはバージョンを 1 つ指定してください。例: tokendesk-cli watch ack @acme/ui@1.1.1</translation>
    </message>
    <message numerus="yes">
        <source>%1@%2: marked as yours; %n open alarm(s) left.</source>
        <translation>
            <numerusform>%1@%2: 自分の公開として記録しました。未解決のアラームは残り %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>watch expect needs one package, for example: tokendesk-cli watch expect @acme/ui --for 60</source>
        <translation>watch expect にはパッケージを 1 つ指定してください。例: tokendesk-cli watch expect @acme/ui --for 60</translation>
    </message>
    <message>
        <source>--for needs a number of minutes from 1 to 1440</source>
        <translation>--for には 1～1440 の分数を指定してください</translation>
    </message>
    <message>
        <source>A manual publish of %1 until %2 will not raise an alarm.</source>
        <translation>%2 までの %1 の手動公開ではアラームを出しません。</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>新しいバージョン</translation>
    </message>
    <message>
        <source>new version by %1</source>
        <translation>%1 による新しいバージョン</translation>
    </message>
    <message>
        <source>dist-tag %1 moved from %2 to %3</source>
        <translation>タグ %1 が %2 から %3 に移動</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>version removed</source>
        <translation>バージョンが削除されました</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>メンテナー %1 が追加されました</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>メンテナー %1 が削除されました</translation>
    </message>
    <message>
        <source>staged by %1, who never staged it before</source>
        <translation>%1 がステージング (このパッケージを初めてステージングするユーザー)</translation>
    </message>
    <message>
        <source>watch: unknown subcommand &apos;%1&apos; (ack, expect, exclude, include or none)</source>
        <translation>watch: 不明なサブコマンド「%1」(ack、expect、exclude、include のいずれか、または指定なし)</translation>
    </message>
    <message>
        <source>watch exclude needs one package, for example: tokendesk-cli watch exclude @acme/ui</source>
        <translation>watch exclude にはパッケージを 1 つ指定してください。例: tokendesk-cli watch exclude @acme/ui</translation>
    </message>
    <message>
        <source>watch include needs one package, for example: tokendesk-cli watch include @acme/ui</source>
        <translation>watch include にはパッケージを 1 つ指定してください。例: tokendesk-cli watch include @acme/ui</translation>
    </message>
    <message>
        <source>%1 is excluded from the watch: its releases are shown, never judged or alarmed.</source>
        <translation>%1 を監視から除外しました: リリースは表示されますが、判定やアラームの対象にはなりません。</translation>
    </message>
    <message>
        <source>%1 is watched again.</source>
        <translation>%1 を再び監視します。</translation>
    </message>
</context>
<context>
    <name>td::cli::WhoamiCommand</name>
    <message>
        <source>show the user name the registry knows you by</source>
        <translation>レジストリが認識しているユーザー名を表示します</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami は引数を取りません</translation>
    </message>
</context>
<context>
    <name>td::provenance::Bundle</name>
    <message>
        <source>the attestations document is larger than %1 MiB</source>
        <translation>構成証明ドキュメントが %1 MiB を超えています</translation>
    </message>
    <message>
        <source>the attestations document is not JSON</source>
        <translation>構成証明ドキュメントが JSON ではありません</translation>
    </message>
    <message>
        <source>the attestations document has a missing or unreadable part (%1)</source>
        <translation>構成証明ドキュメントに欠落しているか読み取れない部分があります (%1)</translation>
    </message>
    <message>
        <source>the attestations document has a part of an unexpected type</source>
        <translation>構成証明ドキュメントに予期しない型の部分があります</translation>
    </message>
</context>
<context>
    <name>td::provenance::BundleVerifier</name>
    <message>
        <source>cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk)</source>
        <translation>この TokenDesk の信頼データでは検証できません (TokenDesk を更新してください)</translation>
    </message>
    <message>
        <source>%1: the statement is about &quot;%2&quot; (%3), not %4: it belongs to another package or version.</source>
        <translation>%1: ステートメントの対象は &quot;%2&quot; (%3) で、%4 ではありません。別のパッケージまたはバージョンのものです。</translation>
    </message>
    <message>
        <source>%1: the statement names %2.</source>
        <translation>%1: ステートメントは %2 を示しています。</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 is not the version&apos;s dist.integrity: it vouches for other contents.</source>
        <translation>%1: ステートメントの sha512 がバージョンの dist.integrity と一致しません。別の内容を保証しています。</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 equals the version&apos;s dist.integrity.</source>
        <translation>%1: ステートメントの sha512 はバージョンの dist.integrity と一致します。</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature verifies.</source>
        <translation>%1: エンベロープの署名は有効です。</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature does not verify: its statement was changed after signing, or another key signed it.</source>
        <translation>%1: エンベロープの署名を検証できません。署名後にステートメントが変更されたか、別の鍵で署名されています。</translation>
    </message>
    <message>
        <source>%1: the bundle has no transparency log entry, so neither its time nor its publication can be checked.</source>
        <translation>%1: バンドルに透明性ログのエントリがないため、時刻も公開も確認できません。</translation>
    </message>
    <message>
        <source>Publish attestation</source>
        <translation>公開の構成証明</translation>
    </message>
    <message>
        <source>Publish attestation: the registry key %1 is unknown; the attestation %2.</source>
        <translation>公開の構成証明: レジストリの鍵 %1 は不明です。構成証明は%2。</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1, which expired on %2, before the attestation was logged.</source>
        <translation>公開の構成証明: レジストリの鍵 %1 で署名されていますが、この鍵は構成証明がログに記録される前の %2 に期限切れになっています。</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1.</source>
        <translation>公開の構成証明: レジストリの鍵 %1 で署名されています。</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来歴</translation>
    </message>
    <message>
        <source>Provenance: the bundle carries no signing certificate.</source>
        <translation>来歴: バンドルに署名証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Could not verify the attestations of %1@%2: %3.</source>
        <translation>%1@%2 の構成証明を検証できませんでした: %3。</translation>
    </message>
    <message>
        <source>The version&apos;s dist.integrity has no sha512, so no attestation can be matched to its contents.</source>
        <translation>バージョンの dist.integrity に sha512 がないため、その内容に構成証明を対応付けられません。</translation>
    </message>
    <message>
        <source>The bundle format &quot;%1&quot; is newer than this TokenDesk reads; it %2.</source>
        <translation>バンドル形式 &quot;%1&quot; はこの TokenDesk が読み取れる形式より新しいため、%2。</translation>
    </message>
    <message>
        <source>There is no npm publish attestation for %1.</source>
        <translation>%1 には npm の公開の構成証明がありません。</translation>
    </message>
    <message>
        <source>There is no provenance for %1: who built it cannot be checked.</source>
        <translation>%1 には来歴がありません。誰がビルドしたかを確認できません。</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate cannot be read.</source>
        <translation>来歴: 署名証明書を読み取れません。</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate was issued by the Sigstore certificate authority %1 and was valid at the log time %2.</source>
        <translation>来歴: 署名証明書は Sigstore の認証局 %1 によって発行され、ログ時刻 %2 に有効でした。</translation>
    </message>
    <message>
        <source>no certificate authority valid at that time</source>
        <translation>その時刻に有効な認証局がありません</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate claims a Sigstore certificate authority but does not chain to it at the log time %1 (%2).</source>
        <translation>来歴: 署名証明書は Sigstore の認証局によるものとしていますが、ログ時刻 %1 においてその認証局まで証明書チェーンをたどれません (%2)。</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate&apos;s authority is unknown; the certificate %1.</source>
        <translation>来歴: 署名証明書の認証局が不明です。証明書は%1。</translation>
    </message>
    <message>
        <source>Provenance: the certificate is for code signing.</source>
        <translation>来歴: 証明書はコード署名用です。</translation>
    </message>
    <message>
        <source>Provenance: the certificate is not a code-signing certificate.</source>
        <translation>来歴: 証明書はコード署名用の証明書ではありません。</translation>
    </message>
    <message>
        <source>SCT not checked: no certificate transparency log in this trust data.</source>
        <translation>SCT は確認していません: この信頼データには証明書透明性ログがありません。</translation>
    </message>
    <message>
        <source>Provenance: the certificate carries no certificate transparency timestamp (SCT); Sigstore&apos;s authority always embeds one.</source>
        <translation>来歴: 証明書に証明書透明性のタイムスタンプ (SCT) がありません。Sigstore の認証局は必ず埋め込みます。</translation>
    </message>
    <message>
        <source>Provenance: the certificate was logged in the certificate transparency log %1.</source>
        <translation>来歴: 証明書は証明書透明性ログ %1 に記録されています。</translation>
    </message>
    <message>
        <source>Provenance: the certificate&apos;s transparency timestamp (SCT) does not verify with the log it names.</source>
        <translation>来歴: 証明書の透明性タイムスタンプ (SCT) を、それが示すログで検証できません。</translation>
    </message>
    <message>
        <source>Provenance: the certificate transparency log of the certificate&apos;s timestamp is unknown; it %1.</source>
        <translation>来歴: 証明書のタイムスタンプの証明書透明性ログが不明です。これは%1。</translation>
    </message>
    <message>
        <source>%1: the transparency log %2 is unknown; the entry %3.</source>
        <translation>%1: 透明性ログ %2 は不明です。エントリは%3。</translation>
    </message>
    <message>
        <source>%1: the log entry (%2 %3) has no signed entry timestamp this version reads; it %4.</source>
        <translation>%1: ログエントリ (%2 %3) に、このバージョンが読み取れる署名付きエントリタイムスタンプがありません。これは%4。</translation>
    </message>
    <message>
        <source>%1: the log entry claims a time (%2) outside the period the log&apos;s key was valid for.</source>
        <translation>%1: ログエントリの時刻 (%2) が、ログの鍵の有効期間外です。</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed entry timestamp does not verify: the entry, its time or its index was changed.</source>
        <translation>%1: ログの署名付きエントリタイムスタンプを検証できません。エントリ、その時刻、またはインデックスが変更されています。</translation>
    </message>
    <message>
        <source>%1: logged in %2 at %3 (entry %4), signed by the log.</source>
        <translation>%1: %3 に %2 へ記録され (エントリ %4)、ログによって署名されています。</translation>
    </message>
    <message>
        <source>%1: the log entry does not describe this envelope (its payload hash, signature or signer differ): it was logged for something else.</source>
        <translation>%1: ログエントリがこのエンベロープを記述していません (ペイロードのハッシュ、署名、または署名者が異なります)。別のものとして記録されています。</translation>
    </message>
    <message>
        <source>%1: the log entry records this envelope&apos;s payload, signature and signer.</source>
        <translation>%1: ログエントリにこのエンベロープのペイロード、署名、署名者が記録されています。</translation>
    </message>
    <message>
        <source>%1: this older bundle carries no inclusion proof; the log&apos;s signed entry timestamp vouches for the entry.</source>
        <translation>%1: この古いバンドルには包含証明がありません。ログの署名付きエントリタイムスタンプがエントリを保証しています。</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof does not lead from the entry to the log&apos;s root hash.</source>
        <translation>%1: Merkle 包含証明がエントリからログのルートハッシュにつながりません。</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof places the entry in a log of %2 entries.</source>
        <translation>%1: Merkle 包含証明により、エントリは %2 件のエントリを持つログ内にあります。</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed checkpoint does not verify or names another tree than the inclusion proof.</source>
        <translation>%1: ログの署名付きチェックポイントを検証できないか、包含証明とは別のツリーを示しています。</translation>
    </message>
    <message>
        <source>%1: the log signed the checkpoint of that tree.</source>
        <translation>%1: ログはそのツリーのチェックポイントに署名しています。</translation>
    </message>
</context>
<context>
    <name>td::provenance::CertificateIdentity</name>
    <message>
        <source>Could not verify: the provenance certificate is empty or larger than TokenDesk accepts.</source>
        <translation>検証できませんでした: 来歴の証明書が空か、TokenDesk が受け付けるサイズを超えています。</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate is not valid DER. The registry&apos;s data may be damaged; try again later.</source>
        <translation>検証できませんでした: 来歴の証明書が有効な DER ではありません。レジストリのデータが破損している可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate&apos;s extension %1 is malformed.</source>
        <translation>検証できませんでした: 来歴の証明書の拡張 %1 が不正な形式です。</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate names no issuer, so it says nothing about who published.</source>
        <translation>検証できませんでした: 来歴の証明書に発行者が記載されていないため、誰が公開したかはわかりません。</translation>
    </message>
</context>
<context>
    <name>td::provenance::LastReleaseCheck</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the publish path and verdict (&quot;Published by … — suspicious&quot;), %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no release to check yet.</source>
        <translation>%1 にはまだ確認するリリースがありません。</translation>
    </message>
    <message>
        <source>Publish a version first.</source>
        <translation>先にバージョンを公開してください。</translation>
    </message>
</context>
<context>
    <name>td::provenance::PackumentReleases</name>
    <message>
        <source>Could not verify: the package document is larger than 64 MiB.</source>
        <translation>検証できませんでした: パッケージドキュメントが 64 MiB を超えています。</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document is not valid JSON. Try again later.</source>
        <translation>検証できませんでした: レジストリのパッケージドキュメントが有効な JSON ではありません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document lists no versions.</source>
        <translation>検証できませんでした: レジストリのパッケージドキュメントにバージョンがありません。</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document nests deeper than %1 levels, which no npm document does.</source>
        <translation>検証できませんでした: レジストリのパッケージドキュメントの入れ子が %1 階層を超えています。npm のドキュメントでこうなるものはありません。</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document has no name.</source>
        <translation>検証できませんでした: レジストリのパッケージドキュメントに名前がありません。</translation>
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
        <translation>来歴を検証済み</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>疑わしい</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>検証に失敗</translation>
    </message>
    <message>
        <source>Published by %1 from %2, %3 on %4</source>
        <translation>%1 により %2 から公開 (%4 の %3)</translation>
    </message>
    <message>
        <source>Published as a staged release approved by %1, without provenance</source>
        <translation>%1 が承認したステージングされたリリースとして公開 (来歴なし)</translation>
    </message>
    <message>
        <source>Published by a trusted publisher, without provenance</source>
        <translation>信頼できる公開元により公開 (来歴なし)</translation>
    </message>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>%1 がトークンで公開 (来歴なし)</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
</context>
<context>
    <name>td::provenance::PublishPolicy</name>
    <message>
        <source>as a staged release a maintainer approved</source>
        <translation>メンテナーが承認したステージングされたリリースとして</translation>
    </message>
    <message>
        <source>through a trusted publisher</source>
        <translation>信頼できる公開元を通じて</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>来歴付きで</translation>
    </message>
    <message>
        <source>with a token and without provenance</source>
        <translation>トークンを使い来歴なしで</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <source>other refs</source>
        <translation>その他の ref</translation>
    </message>
    <message>
        <source>Published %1, but version %2 was published %3 before it: a trust downgrade.</source>
        <translation>%1公開されましたが、それより前のバージョン %2 は%3公開されていました: 信頼のダウングレードです。</translation>
    </message>
    <message>
        <source>Built from the repository with id %1, but earlier releases came from id %2: the repository was deleted and recreated, or another one took its name.</source>
        <translation>ID %1 のリポジトリからビルドされましたが、以前のリリースは ID %2 からでした。リポジトリが削除されて再作成されたか、別のリポジトリがその名前を引き継いでいます。</translation>
    </message>
    <message>
        <source>The repository&apos;s owner has id %1, but earlier releases had owner id %2.</source>
        <translation>リポジトリのオーナーの ID は %1 ですが、以前のリリースのオーナー ID は %2 でした。</translation>
    </message>
    <message>
        <source>Built from %1, but earlier releases were built from %2.</source>
        <translation>%1 からビルドされましたが、以前のリリースは %2 からビルドされていました。</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but earlier releases were built by %2.</source>
        <translation>ワークフロー %1 でビルドされましたが、以前のリリースは %2 でビルドされていました。</translation>
    </message>
    <message>
        <source>The workflow ran on %1, an event someone without write access can cause; releases are not built that way.</source>
        <translation>ワークフローは %1 イベントで実行されました。これは書き込み権限のないユーザーでも発生させられるイベントです。リリースはそのようにはビルドされません。</translation>
    </message>
    <message>
        <source>The workflow ran on %1, but earlier releases ran on %2.</source>
        <translation>ワークフローは %1 イベントで実行されましたが、以前のリリースは %2 イベントで実行されていました。</translation>
    </message>
    <message numerus="yes">
        <source>Built the same way as the %n earlier release(s) with provenance.</source>
        <translation>
            <numerusform>来歴付きの以前の %n 件のリリースと同じ方法でビルドされています。</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk has no trust configs of this package on record, so the publisher was compared with earlier releases only.</source>
        <translation>TokenDesk にはこのパッケージの信頼の構成が記録されていないため、公開者は以前のリリースとのみ比較されました。</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but without provenance: the repository and workflow cannot be checked.</source>
        <translation>信頼できる公開元を通じて公開されましたが、来歴がありません。リポジトリとワークフローを確認できません。</translation>
    </message>
    <message>
        <source>Published by %1 with a token, not through the package&apos;s trusted publisher.</source>
        <translation>パッケージの信頼できる公開元を通じてではなく、%1 がトークンで公開しました。</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>GitHub Actions %1, %2</source>
        <translation>GitHub Actions %1、%2</translation>
    </message>
    <message>
        <source>GitLab CI %1, %2</source>
        <translation>GitLab CI %1、%2</translation>
    </message>
    <message>
        <source>CircleCI %1</source>
        <translation>CircleCI %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>The provenance was issued for %1, but the trusted publisher %2 expects %3.</source>
        <translation>来歴は %1 向けに発行されていますが、信頼できる公開元 %2 は %3 を想定しています。</translation>
    </message>
    <message>
        <source>Built from the repository %1, but the trusted publisher %2 names %3.</source>
        <translation>リポジトリ %1 からビルドされましたが、信頼できる公開元 %2 は %3 を指定しています。</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but the trusted publisher %2 names %3.</source>
        <translation>ワークフロー %1 でビルドされましたが、信頼できる公開元 %2 は %3 を指定しています。</translation>
    </message>
    <message>
        <source>Built in the environment %1, but the trusted publisher %2 requires %3.</source>
        <translation>環境 %1 でビルドされましたが、信頼できる公開元 %2 は %3 を必要とします。</translation>
    </message>
    <message>
        <source>Built on a %1 runner; the trusted publisher %2 publishes only from GitHub-hosted runners.</source>
        <translation>%1 ランナーでビルドされました。信頼できる公開元 %2 は GitHub ホステッドランナーからのみ公開します。</translation>
    </message>
    <message>
        <source>The publisher matches the trusted publisher %1.</source>
        <translation>公開者は信頼できる公開元 %1 と一致します。</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but its provenance did not verify: the repository and workflow cannot be checked.</source>
        <translation>信頼できる公開元を通じて公開されましたが、来歴を検証できませんでした。リポジトリとワークフローを確認できません。</translation>
    </message>
    <message>
        <source>Built on a %1 runner, not on one the CI service hosts: whoever controls that machine could have changed the package.</source>
        <translation>%1 ランナーでビルドされています (CI サービスがホストするランナーではありません)。そのコンピューターを管理する人なら誰でも、パッケージを変更できた可能性があります。</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistryKeys</name>
    <message>
        <source>The registry&apos;s key list is larger than 1 MiB.</source>
        <translation>レジストリの鍵リストが 1 MiB を超えています。</translation>
    </message>
    <message>
        <source>The registry&apos;s key list is not the expected JSON ({&quot;keys&quot;: [...]}).</source>
        <translation>レジストリの鍵リストが想定された JSON ({&quot;keys&quot;: [...]}) ではありません。</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its expiry date cannot be read.</source>
        <translation>鍵 %1 を無視しました: 有効期限を読み取れません。</translation>
    </message>
    <message>
        <source>Key %1 was ignored: TokenDesk does not know key type &quot;%2&quot;.</source>
        <translation>鍵 %1 を無視しました: TokenDesk は鍵の種類 &quot;%2&quot; を認識できません。</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its key material does not match its keyid.</source>
        <translation>鍵 %1 を無視しました: 鍵データが keyid と一致しません。</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistrySignature</name>
    <message>
        <source>The version document is not the one asked for: its %1 is &quot;%2&quot;, expected &quot;%3&quot;. A signature in it does not count (it may be replayed from another package).</source>
        <translation>バージョンドキュメントが要求したものではありません: %1 が &quot;%2&quot; ですが、&quot;%3&quot; が想定されていました。その中の署名は有効とみなされません (別のパッケージから再利用された可能性があります)。</translation>
    </message>
    <message>
        <source>The version document of %1 is not a JSON object, so it cannot be the one the registry signed.</source>
        <translation>%1 のバージョンドキュメントが JSON オブジェクトではないため、レジストリが署名したものではありえません。</translation>
    </message>
    <message>
        <source>%1 carries no registry signature, so it cannot be checked that the registry published these contents.</source>
        <translation>%1 にはレジストリの署名がないため、レジストリがこの内容を公開したことを確認できません。</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expires; without the publish time TokenDesk cannot tell whether it was valid when the version was published.</source>
        <translation>%1 のレジストリ署名は期限のある鍵 %2 を使用しています。公開日時がないため、バージョンの公開時に有効だったかどうか TokenDesk には判断できません。</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expired on %3, no later than the version was published (%4).</source>
        <translation>%1 のレジストリ署名は鍵 %2 を使用していますが、この鍵はバージョンの公開 (%4) 以前の %3 に期限切れになっています。</translation>
    </message>
    <message>
        <source>The registry signed %1 with its key %2.</source>
        <translation>レジストリは %1 に鍵 %2 で署名しています。</translation>
    </message>
    <message>
        <source>The registry signature of %1 does not match its name, version and integrity: the version document was changed after the registry signed it, or the signature belongs to another package.</source>
        <translation>%1 のレジストリ署名が名前、バージョン、integrity と一致しません。レジストリの署名後にバージョンドキュメントが変更されたか、署名が別のパッケージのものです。</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk).</source>
        <translation>%1 のレジストリ署名は鍵 %2 を使用していますが、この TokenDesk の信頼データでは検証できません (TokenDesk を更新してください)。</translation>
    </message>
</context>
<context>
    <name>td::provenance::TrustRoot</name>
    <message>
        <source>The trust data file is larger than 4 MiB.</source>
        <translation>信頼データファイルが 4 MiB を超えています。</translation>
    </message>
    <message>
        <source>The trust data is not JSON. Use a Sigstore trusted_root.json or the file the sandbox serves at /-/sandbox/trusted-root.</source>
        <translation>信頼データが JSON ではありません。Sigstore の trusted_root.json か、サンドボックスが /-/sandbox/trusted-root で提供するファイルを使用してください。</translation>
    </message>
    <message>
        <source>The trust data is not a Sigstore trusted root (its mediaType is &quot;%1&quot;).</source>
        <translation>信頼データが Sigstore の trusted root ではありません (mediaType が &quot;%1&quot; です)。</translation>
    </message>
    <message>
        <source>Cannot read the trust data file %1: %2.</source>
        <translation>信頼データファイル %1 を読み取れません: %2。</translation>
    </message>
</context>
<context>
    <name>td::provenance::VersionVerifier</name>
    <message>
        <source>%1 has no version %2 on this registry.</source>
        <translation>%1 には、このレジストリ上にバージョン %2 がありません。</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(最新)</translation>
    </message>
    <message>
        <source>Check the version with &apos;npm view %1 versions&apos;.</source>
        <translation>&apos;npm view %1 versions&apos; でバージョンを確認してください。</translation>
    </message>
    <message>
        <source>No provenance: nothing signed says which repository or workflow built this version.</source>
        <translation>来歴がありません: このバージョンをどのリポジトリやワークフローがビルドしたかを示す署名付きの情報がありません。</translation>
    </message>
    <message>
        <source>Could not fetch the attestations: %1</source>
        <translation>構成証明を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not verify: the attestations are larger than 4 MiB.</source>
        <translation>検証できませんでした: 構成証明が 4 MiB を超えています。</translation>
    </message>
    <message>
        <source>The trust data could not be read: %1</source>
        <translation>信頼データを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Give a trusted_root.json file, such as the sandbox&apos;s /-/sandbox/trusted-root.</source>
        <translation>trusted_root.json ファイル (サンドボックスの /-/sandbox/trusted-root など) を指定してください。</translation>
    </message>
</context>
<context>
    <name>td::sandbox</name>
    <message>
        <source>An npmjs-compatible registry on 127.0.0.1 for practice and tests.</source>
        <translation>練習とテスト用の、127.0.0.1 上の npmjs 互換レジストリ。</translation>
    </message>
    <message>
        <source>TCP port (0 = any free port).</source>
        <translation>TCP ポート (0 = 空いている任意のポート)。</translation>
    </message>
    <message>
        <source>Keep state in this file across restarts (atomic writes).</source>
        <translation>再起動後も状態をこのファイルに保持します (アトミックな書き込み)。</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: invalid --port</source>
        <translation>tokendesk-sandbox: --port が無効です</translation>
    </message>
    <message>
        <source>Rules to enforce: current, 2025-10 (classic tokens allowed), or 2027-01 (bypass-2FA tokens can no longer publish directly, only stage).</source>
        <translation>適用するルール: current、2025-10 (Classic トークンを許可)、または 2027-01 (2FA をバイパスするトークンは直接公開できず、ステージングのみ可能)。</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: --era must be current, 2025-10 or 2027-01</source>
        <translation>tokendesk-sandbox: --era には current、2025-10、2027-01 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>Seed: demo, watch, empty, or a JSON file.</source>
        <translation>シード: demo、watch、empty、または JSON ファイル。</translation>
    </message>
</context>
<context>
    <name>td::sandbox::Pages</name>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>One-time code (authenticator app or e-mail)</source>
        <translation>ワンタイムコード (認証アプリまたはメール)</translation>
    </message>
    <message>
        <source>Skip two-factor authentication for the next 5 minutes</source>
        <translation>次の 5 分間は 2 要素認証をスキップ</translation>
    </message>
    <message>
        <source>Sign in to finish logging in from the command line.</source>
        <translation>コマンドラインからのログインを完了するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Approve the command &quot;%1&quot; for %2.</source>
        <translation>%2 のコマンド「%1」を承認します。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>This request does not exist, has expired or was already answered.</source>
        <translation>この要求は存在しないか、期限切れか、既に応答済みです。</translation>
    </message>
    <message>
        <source>We e-mailed you a code (see GET /-/sandbox/outbox).</source>
        <translation>メールでコードを送信しました (GET /-/sandbox/outbox を参照)。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>2 要素認証</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否されました</translation>
    </message>
    <message>
        <source>The request was denied. You can close this page.</source>
        <translation>要求は拒否されました。このページを閉じてもかまいません。</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Enter the code we e-mailed you.</source>
        <translation>メールで送信したコードを入力してください。</translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation>そのコードは無効です。</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>承認されませんでした</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Approved. Return to your terminal.</source>
        <translation>承認しました。ターミナルに戻ってください。</translation>
    </message>
</context>
<context>
    <name>td::watch::PackumentPoller</name>
    <message>
        <source>The registry&apos;s packument of %1 is not valid JSON.</source>
        <translation>レジストリの %1 のパッケージドキュメントが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The watch tries again at the package&apos;s next turn.</source>
        <translation>監視はこのパッケージの次の順番で再試行します。</translation>
    </message>
    <message>
        <source>The registry refuses to show %1 even with your read token.</source>
        <translation>読み取りトークンを使っても、レジストリが %1 の表示を拒否しています。</translation>
    </message>
    <message>
        <source>%1 is not public; watching it needs a read token in the keychain.</source>
        <translation>%1 は公開パッケージではありません。監視するにはキーチェーンに読み取りトークンが必要です。</translation>
    </message>
</context>
<context>
    <name>td::watch::ReleaseSignals</name>
    <message>
        <source>Unpacked size jumped from %1 in %2 to %3.</source>
        <translation>展開後のサイズが %2 の %1 から %3 に急増しました。</translation>
    </message>
    <message>
        <source>The file count jumped from %1 in %2 to %3.</source>
        <translation>ファイル数が %2 の %1 から %3 に急増しました。</translation>
    </message>
    <message>
        <source>Adds a %1 script: &quot;%2&quot; (%3 had none).</source>
        <translation>%1 スクリプト &quot;%2&quot; を追加しています (%3 にはありませんでした)。</translation>
    </message>
    <message>
        <source>Changes the %1 script from &quot;%2&quot; in %3 to &quot;%4&quot;.</source>
        <translation>%1 スクリプトを %3 の &quot;%2&quot; から &quot;%4&quot; に変更しています。</translation>
    </message>
    <message>
        <source>Depends on %1 from %2, not from the registry.</source>
        <translation>%1 をレジストリではなく %2 から取得して依存しています。</translation>
    </message>
    <message>
        <source>Adds the optional dependency %1 (%2); %3 had none of that name.</source>
        <translation>オプションの依存関係 %1 (%2) を追加しています。%3 にはその名前の依存関係はありませんでした。</translation>
    </message>
    <message>
        <source>Adds the command %1 (%2).</source>
        <translation>コマンド %1 (%2) を追加しています。</translation>
    </message>
    <message>
        <source>Points the command %1 at %2 instead of %3.</source>
        <translation>コマンド %1 の参照先を %3 から %2 に変更しています。</translation>
    </message>
    <message>
        <source>Builds native code from a binding.gyp on install (node-gyp runs it without any install script); %1 did not.</source>
        <translation>インストール時に binding.gyp からネイティブコードをビルドします (node-gyp はインストールスクリプトがなくても実行します)。%1 ではビルドしていませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The first release in %n day(s): the one before, %1, was published on %2.</source>
        <translation>
            <numerusform>%n 日ぶりのリリースです: 前回の %1 は %2 に公開されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dist-tag %1 was removed; it pointed at %2.</source>
        <translation>タグ %1 が削除されました。%2 を指していました。</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 back to %3, an older major version.</source>
        <translation>タグ %1 が %2 から、古いメジャーバージョンの %3 に戻されました。</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved back from %2 to the older %3.</source>
        <translation>タグ %1 が %2 から古い %3 に戻されました。</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 to another major version, %3.</source>
        <translation>タグ %1 が %2 から別のメジャーバージョンの %3 に移動しました。</translation>
    </message>
</context>
<context>
    <name>td::watch::StagedReader</name>
    <message>
        <source>The staged versions of %1 could not be read: %2</source>
        <translation>%1 のステージングされたバージョンを読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchMemory</name>
    <message>
        <source>The publish watch&apos;s memory (%1) is %2, far larger than it can be; it was moved aside and the watch starts again from what the registry shows now.</source>
        <translation>公開監視のメモリ (%1) が %2 で、想定よりはるかに大きいため退避しました。監視はレジストリの現在の内容から再開します。</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) could not be read: %2 The watch starts again from what the registry shows now.</source>
        <translation>公開監視のメモリ (%1) を読み取れませんでした: %2 監視はレジストリの現在の内容から再開します。</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) is damaged; it was moved aside and the watch starts again from what the registry shows now, without alarms for versions already published.</source>
        <translation>公開監視のメモリ (%1) が破損していたため退避しました。監視はレジストリの現在の内容から再開し、既に公開済みのバージョンにはアラームを出しません。</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchReleaseModel</name>
    <message>
        <source>new version</source>
        <translation>新しいバージョン</translation>
    </message>
    <message>
        <source>tag %1 added</source>
        <translation>タグ %1 が追加されました</translation>
    </message>
    <message>
        <source>tag %1 removed</source>
        <translation>タグ %1 が削除されました</translation>
    </message>
    <message>
        <source>%1 moved from %2</source>
        <translation>%1 が %2 から移動</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>メンテナー %1 が追加されました</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>メンテナー %1 が削除されました</translation>
    </message>
    <message>
        <source>staged by %1</source>
        <translation>%1 がステージング</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · %2 による</translation>
    </message>
    <message>
        <source>%1 (history)</source>
        <translation>%1 (履歴)</translation>
    </message>
    <message>
        <source>%1 (answered)</source>
        <translation>%1 (応答済み)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Publish path and identity</source>
        <translation>公開経路と公開者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchService</name>
    <message>
        <source>The list of recent releases %1 could not be read (%2); it starts empty.</source>
        <translation>最近のリリースの一覧 %1 を読み取れませんでした (%2)。空の状態から開始します。</translation>
    </message>
    <message>
        <source>The list of recent releases %1 is damaged; it starts empty.</source>
        <translation>最近のリリースの一覧 %1 が破損しています。空の状態から開始します。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Nothing to watch: no account is signed in and no package is pinned. Sign in with &apos;tokendesk-cli login&apos; or in TokenDesk first.</source>
        <translation>監視する対象がありません: サインイン中のアカウントも、ピン留めしたパッケージもありません。先に &apos;tokendesk-cli login&apos; または TokenDesk でサインインしてください。</translation>
    </message>
    <message>
        <source>The watch has not seen %1@%2.</source>
        <translation>監視では %1@%2 はまだ確認されていません。</translation>
    </message>
    <message>
        <source>Check the name and version with &apos;tokendesk-cli watch --once&apos;.</source>
        <translation>&apos;tokendesk-cli watch --once&apos; で名前とバージョンを確認してください。</translation>
    </message>
    <message>
        <source>The watch does not know %1 yet.</source>
        <translation>監視ではまだ %1 を把握していません。</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli watch --once&apos; first.</source>
        <translation>先に &apos;tokendesk-cli watch --once&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchTargets</name>
    <message>
        <source>The packages of %1 on %2 could not be read: %3</source>
        <translation>%2 の %1 のパッケージを読み取れませんでした: %3</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchVerdict</name>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>%1 がトークンで公開 (来歴なし)</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>Published by %1 with provenance, but not through a trusted publisher</source>
        <translation>%1 が来歴付きで公開 (ただし信頼できる公開元を経由していません)</translation>
    </message>
    <message>
        <source>Published through a trusted publisher without a maintainer&apos;s approval</source>
        <translation>メンテナーの承認なしに信頼できる公開元から公開</translation>
    </message>
    <message>
        <source>Published as an approved staged release</source>
        <translation>承認されたステージングリリースとして公開</translation>
    </message>
    <message>
        <source>earlier releases had provenance from %1, %2 %3 (last: %4)</source>
        <translation>以前のリリースには %1 の %2 %3 による来歴がありました (最終: %4)</translation>
    </message>
    <message>
        <source>earlier releases came from %1, %2 %3 (last: %4)</source>
        <translation>以前のリリースは %1 の %2 %3 から公開されていました (最終: %4)</translation>
    </message>
    <message>
        <source>earlier releases were staged and approved by %1 (last: %2)</source>
        <translation>以前のリリースはステージングされ、%1 が承認していました (最終: %2)</translation>
    </message>
    <message>
        <source>earlier releases came through a trusted publisher (last: %1)</source>
        <translation>以前のリリースは信頼できる公開元から公開されていました (最終: %1)</translation>
    </message>
    <message>
        <source>earlier releases had provenance (last: %1)</source>
        <translation>以前のリリースには来歴がありました (最終: %1)</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Version %1 was deprecated: &quot;%2&quot;.</source>
        <translation>バージョン %1 が非推奨になりました: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Version %1 was removed from the registry.</source>
        <translation>バージョン %1 がレジストリから削除されました。</translation>
    </message>
    <message>
        <source>%1 was added as a maintainer of %2; the maintainers were %3.</source>
        <translation>%1 が %2 のメンテナーに追加されました。以前のメンテナー: %3。</translation>
    </message>
    <message>
        <source>%1 is no longer a maintainer of %2; the maintainers are %3.</source>
        <translation>%1 は %2 のメンテナーではなくなりました。現在のメンテナー: %3。</translation>
    </message>
    <message>
        <source>Version %1 was staged by %2, who never staged a version of %3 before (earlier: %4).</source>
        <translation>バージョン %1 は %2 がステージングしました。%2 が %3 のバージョンをステージングしたことはこれまでありません (以前にステージングしたユーザー: %4)。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) of this account were published within %1 minutes (%2 to %3): %4.</source>
        <translation>
            <numerusform>このアカウントの %n 個のパッケージが %1 分以内 (%2～%3) に公開されました: %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>expected</source>
        <translation>想定どおり</translation>
    </message>
    <message>
        <source>notable</source>
        <translation>注目</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>アラーム</translation>
    </message>
    <message>
        <source>Not judged: you excluded %1 from the watch.</source>
        <translation>判定なし: %1 は監視の対象外に設定されています。</translation>
    </message>
    <message>
        <source>Who published %1 could not be checked: %2</source>
        <translation>%1 の公開者を確認できませんでした: %2</translation>
    </message>
    <message>
        <source>You expected a manual publish of %1 until %2.</source>
        <translation>%2 までの %1 の手動公開が予定されていました。</translation>
    </message>
    <message>
        <source>Seen on the first run over %1&apos;s history: part of the baseline, shown but not judged.</source>
        <translation>%1 の履歴の初回確認で検出: ベースラインの一部のため、表示のみで判定しません。</translation>
    </message>
    <message>
        <source>You said %1 was you.</source>
        <translation>%1 は自分が公開したと回答済みです。</translation>
    </message>
</context>
</TS>

<?php
/**
 * What the site's administrator does before the authors start, from PHP's command line inside the
 * test's WordPress: installs WordPress in Dutch (Belgium), activates the theme, uploads the plugin's zip
 * as "Plugins › Add New › Upload plugin" does (WordPress's own Plugin_Upgrader, which unpacks it into
 * the plugins folder) and activates it, and creates an author and an editor, each with a password to log in and an
 * application password for the REST API. Prints the users' names and passwords as JSON.
 *
 * php setup-site.php <path of lp-schoten.zip>
 */

$_SERVER['HTTP_HOST']   = getenv( 'LP_SITE_HOST' );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

function fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

$installed = wp_install( 'Politiezone Schoten: partnerpagina', 'beheerder', 'beheerder@example.be', false, '', wp_generate_password( 24 ), 'nl_BE' );
wp_set_current_user( $installed['user_id'] );
update_option( 'WPLANG', 'nl_BE' );
switch_theme( 'twentytwentythree' );

$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$result   = $upgrader->install( $argv[1] );
if ( true !== $result ) {
	fail( 'The plugin did not install: ' . ( is_wp_error( $result ) ? $result->get_error_message() : implode( "\n", $upgrader->skin->get_upgrade_messages() ) ) );
}
$activated = activate_plugin( 'lp-schoten/lp-schoten.php' );
if ( is_wp_error( $activated ) ) {
	fail( 'The plugin did not activate: ' . $activated->get_error_message() );
}

$users = array();
foreach ( array( 'author' => 'auteur', 'editor' => 'redacteur' ) as $role => $login ) {
	$password = wp_generate_password( 24 );
	$id       = wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $password,
			'user_email' => "$login@example.be",
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fail( "The $role was not created: " . $id->get_error_message() );
	}
	list( $application_password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'lp-schoten test' ) );
	$users[ $role ]               = array(
		'login'               => $login,
		'password'            => $password,
		'applicationPassword' => $application_password,
		'unfilteredHtml'      => user_can( $id, 'unfiltered_html' ),
	);
}
echo wp_json_encode( $users );
